// Linear time, proven: every rule in providerRules (rules added later included) meets adversarial inputs
// (test/support/adversarial.ts: each keyword followed by a megabyte of long runs of blanks, quotes, separators,
// `=`, `:`, `%`, `@`, base64 and hex; 256 KB floods of its keyword's hits; runs built from its own sample) and must
// stay within a budget relative to a regex pass over plain text of the same size, measured in this run. An input
// over the budget must then show it is linear: a quarter of it takes over a quarter of the time (backtracking
// would make it a sixteenth). Times are CPU times, so that a machine busy with other work does not look slow. A
// rule that backtracks is stopped (the vm timeout that bounds custom rules), so a regression fails in seconds
// instead of hanging.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { matchRuleWithin, RuleTimeout, runWithin } from '../../server/detect/bounded-match';
import { matchRule } from '../../server/detect/match-rule';
import { providerRules } from '../../server/detect/rules/index';
import type { Rule } from '../../server/detect/rule';
import { createScanner } from '../../server/detect/scanner';
import { adversarialInputs, cpuMs, ONE_MB, plainText, regexPassMs, repeatTo, runs, sizeName } from '../support/adversarial';
import { at, defined } from '../support/defined';
import { keywordStarts } from '../support/rules';

/** One rule on one adversarial input may take this many regex passes over plain text of its size. */
const RULE_RATIO = 2;
/** The whole engine on an adversarial megabyte, against a regex pass over plain text. */
const ENGINE_RATIO = 8;
/** Over budget, the full input may take this many times its quarter: 4 is linear, 16 quadratic. */
const GROWTH_LIMIT = 10;
/**
 * The vm timeout that stops a backtracking rule counts wall-clock time, which a loaded machine stretches many
 * times over: it stops nothing sooner than this (a rule that backtracks runs for minutes).
 */
const STOP_FLOOR_MS = 2000;

const scanner = createScanner();

// Suspects are re-measured on a collected heap.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Best of `runs` full scans, so that a busy machine's pauses do not look like slowness. */
function scanMs(text: string, path: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(() => scanner.scan(text, path)));
  return best;
}

/** A regex pass over plain text of each size the inputs come in: the budgets' unit. */
const plainPass = new Map<number, number>();
function plainMs(size: number): number {
  let ms = plainPass.get(size);
  if (ms === undefined) plainPass.set(size, (ms = regexPassMs(plainText(size), 5)));
  return ms;
}

/** The wall-clock stop for work that should be over in `ms`. */
const stopAt = (ms: number) => Math.max(STOP_FLOOR_MS, ms);

/** One rule over one text, as the engine runs it; Infinity when stopped (not before `stopMs`). */
function ruleMs(rule: Rule, text: string, stopMs: number): number {
  const starts = rule.anchored ? keywordStarts(rule, text) : undefined;
  try {
    return cpuMs(() => matchRuleWithin(rule, { text, path: 'adversarial.txt' }, starts, stopAt(stopMs)));
  } catch (err) {
    if (err instanceof RuleTimeout) return Infinity;
    throw err;
  }
}

/**
 * ruleMs for each of a rule's texts, all in one vm call (a watchdog per input cost more than most matches);
 * the texts it did not reach before the stop are measured one by one.
 */
function rulesMs(rule: Rule, texts: readonly string[], stops: readonly number[]): number[] {
  const out: number[] = [];
  try {
    runWithin(() => {
      for (const text of texts) {
        const starts = rule.anchored ? keywordStarts(rule, text) : undefined;
        out.push(cpuMs(() => matchRule(rule, { text, path: 'adversarial.txt' }, starts)));
      }
    }, stopAt(stops.reduce((a, b) => a + b, 0)));
  } catch (err) {
    if (!(err instanceof RuleTimeout)) throw err;
  }
  for (const [i, text] of texts.entries()) if (i >= out.length) out.push(ruleMs(rule, text, at(stops, i, 'the stops')));
  return out;
}

test('every rule runs in linear time on adversarial inputs', (t) => {
  const slow: string[] = [];
  let inputs = 0;
  let worst = { ratio: 0, what: '' };
  for (const rule of providerRules) {
    const all = [...adversarialInputs(rule)];
    const texts = all.map((input) => input.build(input.size));
    const budgets = all.map((input) => RULE_RATIO * plainMs(input.size));
    const measured = rulesMs(rule, texts, budgets.map((b) => 4 * b));
    for (const [i, input] of all.entries()) {
      inputs++;
      const text = at(texts, i, 'the inputs');
      let ms = at(measured, i, 'the timings');
      let budget = at(budgets, i, 'the budgets');
      if (ms / budget > worst.ratio) worst = { ratio: ms / budget, what: `${rule.id}: ${input.what}: ${ms.toFixed(1)} ms` };
      if (ms <= budget) continue;
      // A suspect is measured again, with a quarter of its input, and the plain pass with it: a burst of the
      // machine is not backtracking, and a rule that is merely busy (a check per keyword hit) grows with the
      // input, no faster. Each round starts on a collected heap, so that no collection of what the guard
      // allocated before lands inside one measure (90 ms against a 2 ms quarter); up to three rounds, the best
      // of each, until the rule is shown linear.
      budget = Math.max(budget, RULE_RATIO * regexPassMs(plainText(input.size)));
      const small = input.build(input.size >> 2);
      let quarterMs = Infinity;
      for (let round = 0; round < 3; round++) {
        collect();
        quarterMs = Math.min(quarterMs, ruleMs(rule, small, 4 * budget));
        ms = Math.min(ms, ruleMs(rule, text, 4 * GROWTH_LIMIT * budget));
        if (ms <= budget || ms <= GROWTH_LIMIT * quarterMs) break;
      }
      if (ms <= budget) continue; // the first measure was a burst of the machine
      if (quarterMs === Infinity || ms > GROWTH_LIMIT * quarterMs) {
        slow.push(`${rule.id}: ${input.what}: ${ms === Infinity ? 'stopped' : `${ms.toFixed(0)} ms`}, a quarter of it ${quarterMs === Infinity ? 'stopped' : `${quarterMs.toFixed(0)} ms`} (budget ${budget.toFixed(1)} ms)`);
      }
    }
  }
  const sizes = [...plainPass].map(([size, ms]) => `${sizeName(size)} ${ms.toFixed(1)} ms`).join(', ');
  t.diagnostic(`${inputs} inputs; a regex pass over plain text: ${sizes}; worst ${worst.ratio.toFixed(2)} of its budget (${worst.what})`);
  assert.deepEqual(slow, [], `over ${RULE_RATIO}× a regex pass over plain text of the same size, and growing faster than the input`);
});

test('the whole engine on a megabyte of every keyword followed by long runs stays within a ratio of plain text', (t) => {
  const keywords = [...new Set(providerRules.flatMap((r) => r.keywords))];
  const slow: string[] = [];
  for (const run of runs) {
    // Every keyword, each followed by its share of the run: the scanner's own paths (names, literals,
    // suppression). The quarter holds every keyword too, so the same rules run on both.
    const everyKeyword = (size: number) => {
      const each = Math.floor(size / keywords.length);
      return keywords.map((k) => k + run.text.slice(0, Math.max(0, each - k.length - 1))).join('\n');
    };
    const text = everyKeyword(ONE_MB);
    const ms = scanMs(text, 'adversarial.ts', 1);
    t.diagnostic(`${run.name}: ${(ms / plainMs(ONE_MB)).toFixed(1)}× plain`);
    if (ms <= ENGINE_RATIO * plainMs(ONE_MB)) continue;
    // Quarter and whole alternating, best of three each: a collection of the heap the guard above filled, or a
    // neighbour's burst, lands on both alike.
    const quarter = everyKeyword(ONE_MB >> 2);
    let quarterMs = Infinity;
    let again = ms;
    for (let round = 0; round < 3; round++) {
      collect();
      quarterMs = Math.min(quarterMs, scanMs(quarter, 'adversarial.ts', 1));
      collect();
      again = Math.min(again, scanMs(text, 'adversarial.ts', 1));
    }
    if (again <= ENGINE_RATIO * plainMs(ONE_MB)) continue; // the first measure was a pause of the machine
    if (again > GROWTH_LIMIT * quarterMs) slow.push(`${run.name}: ${again.toFixed(0)} ms, a quarter of it ${quarterMs.toFixed(0)} ms`);
  }
  assert.deepEqual(slow, [], `over ${ENGINE_RATIO}× a regex pass over plain text (${plainMs(ONE_MB).toFixed(1)} ms) and growing faster than the input`);
});

test('a 1 MB minified line and a 2,000-line source file scan within a ratio of plain text', (t) => {
  const minified = repeatTo('function a(t){return t.token?t.token.length:0}var b={apiKey:e.apiKey,secret:"x"};');
  const minifiedMs = scanMs(minified, 'bundle.js', 1);
  const lines: string[] = [];
  for (let i = 0; i < 2000; i++) lines.push(`  const value${i} = await client.request({ path: '/v1/items/${i}', token: options.token, retries: ${i % 5} });`);
  const source = lines.join('\n');
  const sourceMs = scanMs(source, 'file.ts');
  const plainSameSize = regexPassMs(plainText(source.length));
  t.diagnostic(`1 MB minified line: ${(minifiedMs / plainMs(ONE_MB)).toFixed(1)}× plain; 2,000-line file: ${(sourceMs / plainSameSize).toFixed(1)}× plain`);
  if (minifiedMs > ENGINE_RATIO * plainMs(ONE_MB)) {
    const quarterMs = scanMs(minified.slice(0, minified.length >> 2), 'bundle.js', 2);
    assert.ok(Math.min(minifiedMs, scanMs(minified, 'bundle.js', 1)) < GROWTH_LIMIT * quarterMs, `minified line took ${minifiedMs.toFixed(0)} ms, a quarter ${quarterMs.toFixed(0)} ms`);
  }
  assert.ok(sourceMs < 4 * ENGINE_RATIO * plainSameSize + 5, `2,000-line file took ${sourceMs.toFixed(1)} ms, plain ${plainSameSize.toFixed(1)} ms`);
});

test('many findings on one long line cost linear time (literals, names, suppression markers)', () => {
  const key = (i: number) => `sk_live_51Nq8vRk2LmWx93PaTv7YbN${String(i).padStart(6, '0')}ZfG0uKoB3yXw8T`;
  const line = (n: number) => Array.from({ length: n }, (_, i) => `a${i}:"${key(i)}",b${i}:'x'`).join(',') + ' // keywarden:ignore-end\n';
  const small = line(2000);
  const large = line(8000);
  const time = (text: string) => cpuMs(() => {
    const found = scanner.scan(text, 'bundle.js');
    assert.ok(found.length > 0 && defined(found[0], "found[0]").literal !== undefined);
  });
  // Linear is 4×; quadratic would be 16×. Best of a few, alternating, so that both see the same load.
  let t1 = Infinity;
  let t4 = Infinity;
  for (let round = 0; round < 3; round++) {
    t1 = Math.min(t1, time(small));
    t4 = Math.min(t4, time(large));
  }
  assert.ok(t4 < 8 * t1, `2,000 findings on a line: ${t1.toFixed(1)} ms; 8,000: ${t4.toFixed(1)} ms`);
});
