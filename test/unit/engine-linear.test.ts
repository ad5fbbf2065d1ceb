// No rule may backtrack catastrophically: each rule gets adversarial input built from its own keywords (floods
// of keyword hits, one keyword followed by a long run of token characters, keyword + separator floods, its own
// sample's secret and sample repeated) and must take about 4× as long on 4× the input, never 16×. Also: a 1 MB minified line and a 2,000-line file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { KeywordIndex } from '../../server/detect/keyword-index';
import { matchRule } from '../../server/detect/match-rule';
import { providerRules } from '../../server/detect/rules/index';
import type { Rule } from '../../server/detect/rule';
import { createScanner } from '../../server/detect/scanner';
import { samplesOf } from '../support/rule-samples';

const SMALL = 64 * 1024;
const LARGE = 4 * SMALL;

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function adversarial(keyword: string, size: number): string[] {
  return [
    fill(`${keyword}${'aB3xY9'.repeat(12)} `, size),
    keyword + fill('aB3xY9-_', size - keyword.length),
    fill(`${keyword} = "`, size),
    fill(`${keyword}:${keyword}@`, size),
    fill(`${keyword}/+=`, size),
  ];
}

/** Best of `runs`, so that a busy machine's pauses do not look like backtracking. */
function timeRule(rule: Rule, text: string, runs: number): number {
  const index = new KeywordIndex(rule.keywords);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const hits = index.search(text);
    const starts = rule.anchored ? rule.keywords.flatMap((k) => hits.positions(index.idOf(k))).sort((a, b) => a - b) : undefined;
    matchRule(rule, { text, path: 'adversarial.ts' }, starts);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// Linear is 4×; quadratic would be 16×. The slack absorbs timer noise.
const superLinear = (t1: number, t4: number) => t4 > 10 * t1 + 50;

/** Inputs from the rule's first true sample: its secret repeated, one character short, the sample itself repeated. */
function fromSample(rule: Rule, size: number): string[] {
  const sample = samplesOf(rule).tps[0]!;
  const secret = matchRule(rule, { text: sample, path: 'sample.ts' })[0]?.secret ?? sample;
  return [fill(secret, size), fill(`${secret.slice(0, -1)} `, size), fill(`${sample}\n`, size), secret.slice(0, 30) + fill(secret.slice(8), size)];
}

test('every rule runs in linear time on adversarial input', () => {
  const slow: string[] = [];
  const measure = (rule: Rule, what: string, small: string[], large: string[]) =>
    small.forEach((text, i) => {
      let t1 = timeRule(rule, text, 1);
      let t4 = timeRule(rule, large[i], 1);
      // A suspect is measured again, alternating sizes, so that both see the same load.
      for (let round = 0; round < 7 && superLinear(t1, t4); round++) {
        t1 = Math.min(t1, timeRule(rule, text, 1));
        t4 = Math.min(t4, timeRule(rule, large[i], 1));
      }
      if (superLinear(t1, t4)) slow.push(`${rule.id} input ${i} (${what}): ${t1.toFixed(1)} ms → ${t4.toFixed(1)} ms`);
    });
  for (const rule of providerRules) {
    for (const keyword of rule.keywords.length > 0 ? rule.keywords : ['a']) {
      measure(rule, `keyword ${JSON.stringify(keyword)}`, adversarial(keyword, SMALL), adversarial(keyword, LARGE));
    }
    measure(rule, 'from its first sample', fromSample(rule, SMALL), fromSample(rule, LARGE));
  }
  assert.deepEqual(slow, []);
});

test('a 1 MB minified line and a 2,000-line source file scan quickly through the full scanner', (t) => {
  const scanner = createScanner();
  const minified = fill('function a(t){return t.token?t.token.length:0}var b={apiKey:e.apiKey,secret:"x"};', 1024 * 1024);
  let start = performance.now();
  scanner.scan(minified, 'bundle.js');
  const minifiedMs = performance.now() - start;
  const lines: string[] = [];
  for (let i = 0; i < 2000; i++) lines.push(`  const value${i} = await client.request({ path: '/v1/items/${i}', token: options.token, retries: ${i % 5} });`);
  const source = lines.join('\n');
  scanner.scan(source, 'warm.ts');
  start = performance.now();
  for (let i = 0; i < 10; i++) scanner.scan(source, 'file.ts');
  const fileMs = (performance.now() - start) / 10;
  t.diagnostic(`1 MB minified line: ${minifiedMs.toFixed(1)} ms; 2,000-line file: ${fileMs.toFixed(2)} ms`);
  assert.ok(minifiedMs < 2000, `minified line took ${minifiedMs} ms`);
  assert.ok(fileMs < 50, `2,000-line file took ${fileMs} ms`);
});

test('many findings on one long line cost linear time (literals, names, suppression markers)', () => {
  const scanner = createScanner();
  const key = (i: number) => `sk_live_51Nq8vRk2LmWx93PaTv7YbN${String(i).padStart(6, '0')}ZfG0uKoB3yXw8T`;
  const line = (n: number) => Array.from({ length: n }, (_, i) => `a${i}:"${key(i)}",b${i}:'x'`).join(',') + ' // keywarden:ignore-end\n';
  const small = line(2000);
  const large = line(8000);
  const time = (text: string) => {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const start = performance.now();
      const found = scanner.scan(text, 'bundle.js');
      best = Math.min(best, performance.now() - start);
      assert.ok(found.length > 0 && found[0].literal !== undefined);
    }
    return best;
  };
  let t1 = time(small);
  let t4 = time(large);
  for (let round = 0; round < 5 && superLinear(t1, t4); round++) {
    t1 = Math.min(t1, time(small));
    t4 = Math.min(t4, time(large));
  }
  assert.ok(!superLinear(t1, t4), `2,000 findings on a line: ${t1.toFixed(1)} ms; 8,000: ${t4.toFixed(1)} ms`);
});
