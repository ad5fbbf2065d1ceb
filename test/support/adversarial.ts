// Inputs made to make a backtracking rule blow up, for the linear-time guard, the fuzz suite and the bench:
// after each keyword a 1 MB run of what patterns skip or accept (blanks, quotes, separators, `=`/`:`, `%`, `@`,
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

/** Each run 1 MB long, built once and shared by every input that uses it; with its lowercase twin. */
export const runs: ReadonlyArray<{ name: string; text: string; lower: string }> = Object.entries(RUNS).map(([name, unit]) => {
  const text = repeatTo(unit);
  return { name, text, lower: text.toLowerCase() };
});

/** A plain-text megabyte with no rule keyword, to measure the scanner's own pace against. */
export function plainText(size = ONE_MB): string {
  return repeatTo('The quick brown fox jumps over the lazy dog while seven wizards hum along quietly.\n', size);
}

/** An input: `head` then `run` (a shared 1 MB string), `lower` being the run lowercased. */
export interface Adversarial {
  what: string;
  head: string;
  run: string;
  lower: string;
}

function whole(what: string, text: string): Adversarial {
  return { what, head: '', run: text, lower: text.toLowerCase() };
}

/** Floods of one keyword's hits: every one a place where an anchored rule is tried. */
export function* keywordFloods(k: string): Generator<Adversarial> {
  yield whole(`"${k} = \\"" repeated`, repeatTo(`${k} = "`));
  yield whole(`"${k}:${k}@" repeated`, repeatTo(`${k}:${k}@`));
}

/**
 * Inputs built from the rule's first true sample: its start or what leads to it, then a megabyte of what it
 * accepts (never ending where the pattern wants it to), and its prefix with the alphabets. Not the sample
 * itself repeated: a megabyte of real findings costs each rule's checks per finding, linear but no backtracking.
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
  yield whole('its start, then 1 MB of its body', secret.slice(0, 30) + repeatTo(body));
  for (const run of runs.slice(-3)) yield { what: `its prefix, then 1 MB of ${run.name}`, head: prefix, run: run.text, lower: run.lower };
  if (lead !== '') {
    yield whole('what leads to its secret, then 1 MB of its body', lead + repeatTo(body));
  }
  if (rule.id === 'private-key') {
    const base64 = repeatTo('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7');
    yield whole('an unterminated BEGIN, then 1 MB of base64', `-----BEGIN PRIVATE KEY-----\n${base64}`);
    yield whole('an unterminated BEGIN, then 1 MB of wrapped base64', `-----BEGIN PRIVATE KEY-----\n${base64.replace(/.{64}/g, '$&\n')}`);
    yield whole('BEGIN lines repeated', repeatTo('-----BEGIN RSA PRIVATE KEY-----\n'));
    yield whole('escaped BEGIN and base64 repeated', repeatTo('-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkq\\n'));
  }
}

/**
 * Every adversarial input for one rule: each keyword followed by each 1 MB run (for a rule that runs over the
 * whole text, the first keyword is enough: where it sits changes nothing), floods of its first keyword (what
 * follows a keyword is the same pattern whichever it is), sample inputs.
 */
export function* adversarialInputs(rule: Rule): Generator<Adversarial> {
  const keywords = rule.anchored ? rule.keywords : rule.keywords.slice(0, 1);
  for (const k of keywords) for (const run of runs) yield { what: `"${k}" then 1 MB of ${run.name}`, head: k, run: run.text, lower: run.lower };
  if (rule.keywords.length > 0) yield* keywordFloods(rule.keywords[0]);
  yield* sampleInputs(rule);
}

/** Where an anchored rule is tried in `head + run`: every occurrence of its keywords, ascending. */
export function keywordStarts(rule: Rule, input: Adversarial): number[] {
  const lists = rule.keywords.map((k) => {
    const out: number[] = [];
    const lowerHead = (input.head + input.run.slice(0, k.length - 1)).toLowerCase();
    for (let i = lowerHead.indexOf(k); i !== -1 && i < input.head.length; i = lowerHead.indexOf(k, i + 1)) out.push(i);
    for (let i = input.lower.indexOf(k); i !== -1; i = input.lower.indexOf(k, i + 1)) out.push(input.head.length + i);
    return out;
  }).filter((l) => l.length > 0);
  if (lists.length <= 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
