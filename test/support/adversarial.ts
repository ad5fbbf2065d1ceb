// Inputs made to make a backtracking rule blow up, for the linear-time guard, the fuzz suite and the bench:
// after each keyword long runs of what patterns skip or accept (blanks, quotes, separators, `=`/`:`, `%`, `@`,
// base64 and hex alphabets), floods of keyword hits, and runs built from the rule's own first true sample.
import { matchRule } from '../../server/detect/match-rule';
import type { Rule } from '../../server/detect/rule';
import { samplesOf } from './rule-samples';

export const ONE_MB = 1 << 20;

export function repeatTo(unit: string, size = ONE_MB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** What follows a keyword, each run 1 MB long: named for the messages. */
export const RUNS: Record<string, string> = {
  'spaces': ' ',
  'tabs': '\t',
  'double quotes': '"',
  'single quotes': "'",
  'backticks': '`',
  'equals signs': '=',
  'colons': ':',
  '" = "': ' = "',
  '": "': ': ',
  'percent signs': '%',
  'at signs': '@',
  'dashes': '-',
  'underscores': '_',
  'dots': '.',
  'slashes': '/',
  'backslashes': '\\',
  'base64 alphabet': 'Zq8vR2nT6wLp4Ks9+/aB3xY=',
  'hex alphabet': '0f9e3a7c5b1d2468',
  'letters and digits': 'aB3xY9cD7eF1',
};

/** A 1 MB run, built once and shared by every input that uses it. */
export interface Run {
  name: string;
  text: string;
}

export const runs: readonly Run[] = Object.entries(RUNS).map(([name, unit]) => ({ name, text: repeatTo(unit) }));

/** A plain-text megabyte with no rule keyword, to measure the scanner's own pace against. */
export function plainText(size = ONE_MB): string {
  return repeatTo('The quick brown fox jumps over the lazy dog while seven wizards hum along quietly.\n', size);
}

/**
 * CPU milliseconds (user + system, this process) that `run` takes: what the timing guards compare. Unlike the
 * wall clock it does not count the time a loaded machine gives to other processes.
 */
export function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/**
 * CPU milliseconds, best of `runs`, for one linear regex pass over `text` (every word): the unit the timing
 * guards scale their budgets by, a pass like a rule's pattern makes. The engine's own scan of plain text was the
 * unit until its keyword pass moved to WebAssembly, which made that scan about ten times faster than any regex pass.
 */
export function regexPassMs(text: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    best = Math.min(best, cpuMs(() => {
      const words = /\w+/g;
      while (words.exec(text) !== null);
    }));
  }
  return best;
}

/**
 * A keyword-hit flood or a run from a rule's sample: 256 KB is enough to tell linear from not (a check that
 * scans on from every hit costs hits × length, thousands of budgets here), and a flood's hundred thousand hits
 * at 1 MB made most of the guard's time.
 */
export const QUARTER_MB = ONE_MB >> 2;

/**
 * An input: `build(size)` is it at the guard's `size`; smaller sizes give the same shape smaller, for the
 * growth check.
 */
export interface Adversarial {
  what: string;
  size: number;
  build(size: number): string;
}

/** "1 MB", "256 KB". */
export function sizeName(bytes: number): string {
  return bytes >= ONE_MB ? `${bytes / ONE_MB} MB` : `${bytes / 1024} KB`;
}

/** `head`, then `unit` repeated to `size`; `what` names what follows the head, with `%` for the size. */
function whole(what: string, head: string, unit: string, size = QUARTER_MB): Adversarial {
  return { what: what.replace('%', sizeName(size)), size, build: (n) => head + repeatTo(unit, n - head.length) };
}

/** `k` then one run (a megabyte of it unless `size` says): what the bench names per keyword×pattern. */
export function keywordThen(k: string, run: Run, size = ONE_MB): Adversarial {
  return { what: `"${k}" then ${sizeName(size)} of ${run.name}`, size, build: (n) => k + run.text.slice(0, n - k.length) };
}

/**
 * `k` followed by each run in turn, one line each, the megabyte shared among them (55 KB a run): every pattern
 * after every keyword in one input. A run that backtracks costs its square, seconds at 55 KB, far over budget;
 * building one megabyte per keyword and run took most of the guard's time.
 */
export function keywordThenRuns(k: string): Adversarial {
  return {
    what: `"${k}" then each run (${runs.map((r) => r.name).join(', ')})`,
    size: ONE_MB,
    build: (size) => {
      const each = Math.floor(size / runs.length) - k.length - 1;
      return runs.map((r) => k + r.text.slice(0, each)).join('\n');
    },
  };
}

/** Floods of one keyword's hits: every one a place where an anchored rule is tried. */
export function* keywordFloods(k: string): Generator<Adversarial> {
  yield whole(`% of "${k} = \\""`, '', `${k} = "`);
  yield whole(`% of "${k}:${k}@"`, '', `${k}:${k}@`);
}

/**
 * Inputs built from the rule's first true sample: its start or what leads to it, then 256 KB of what it
 * accepts (never ending where the pattern wants it to), and its prefix with the alphabets. Not the sample
 * itself repeated: that many real findings cost each rule's checks per finding, linear but no backtracking.
 */
export function* sampleInputs(rule: Rule): Generator<Adversarial> {
  const sample = samplesOf(rule).tps[0];
  const first = sample === undefined ? undefined : matchRule(rule, { text: sample, path: 'sample.ts' })[0];
  if (sample === undefined || first === undefined) return;
  const secret = first.secret;
  // What leads up to the secret on its line, e.g. `postgres://app_user:` for a database password.
  const lead = sample.slice(Math.max(sample.lastIndexOf('\n', first.offset - 1) + 1, first.offset - 40), first.offset);
  const body = secret.replace(/^[^A-Za-z0-9]*[A-Za-z]{1,8}[_.-]/, '') || secret;
  const prefix = secret.slice(0, 8);
  yield whole('its start, then % of its body', secret.slice(0, 30), body);
  for (const run of runs.slice(-3)) yield { ...keywordThen(prefix, run, QUARTER_MB), what: `its prefix, then ${sizeName(QUARTER_MB)} of ${run.name}` };
  if (lead !== '') yield whole('what leads to its secret, then % of its body', lead, body);
  if (rule.id === 'private-key') {
    const base64 = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7';
    yield whole('an unterminated BEGIN, then % of base64', '-----BEGIN PRIVATE KEY-----\n', base64, ONE_MB);
    yield whole('an unterminated BEGIN, then % of wrapped base64', '-----BEGIN PRIVATE KEY-----\n', repeatTo(base64, 64) + '\n', ONE_MB);
    yield whole('BEGIN lines repeated', '', '-----BEGIN RSA PRIVATE KEY-----\n');
    yield whole('escaped BEGIN and base64 repeated', '', '-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkq\\n');
  }
}

/**
 * Every adversarial input for one rule: each keyword followed by every run (for a rule that runs over the whole
 * text, the first keyword is enough: where it sits changes nothing), floods of its first keyword (what follows
 * a keyword is the same pattern whichever it is), sample inputs.
 */
export function* adversarialInputs(rule: Rule): Generator<Adversarial> {
  const keywords = rule.anchored ? rule.keywords : rule.keywords.slice(0, 1);
  for (const k of keywords) yield keywordThenRuns(k);
  if (rule.keywords.length === 0) for (const run of runs) yield whole(`% of ${run.name}`, '', run.text.slice(0, 64), ONE_MB);
  const [first] = rule.keywords;
  if (first !== undefined) yield* keywordFloods(first);
  yield* sampleInputs(rule);
}
