// Every registered rule's samples through the FULL scanner (prefilter, engine-wide filters, dedupe): each true
// sample yields a finding of that rule, each false sample none of it. Failures name rule and sample index and
// show the sample redacted only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScanner } from '../../server/detect/scanner';
import { providerRules } from '../../server/detect/rules/index';
import { redact } from '../../server/detect/redact';
import type { Rule } from '../../server/detect/rule';
import { sampleFiles, samplesOf } from '../support/rule-samples';

// Without dedupe: a rule's own finding must survive every engine-wide filter, even where a more specific
// rule would win on the same span (that choice has its own test in engine-scanner.test.ts, 'dedupe: …').
const scanner = createScanner(undefined, { dedupe: false });

/** A file name that fits the sample, so file-kind signals (.env, .npmrc, .netrc, .pgpass, YAML) apply. */
function pathFor(sample: string): string {
  if (/^\/\/[\w.-]+\/:_authToken=/m.test(sample)) return '.npmrc';
  if (/^machine\s/m.test(sample)) return '.netrc';
  if (/^[^:\s]+:(?:\d+|\*):[^:\s]+:[^:\s]+:\S+$/m.test(sample)) return '.pgpass';
  if (/^\s*[{[]/.test(sample) && !/[;=]/.test(sample.replace(/"[^"]*"/g, ''))) return 'sample.json';
  if (/^\s*</.test(sample)) return 'sample.xml';
  if (/^[A-Z][A-Z0-9_]*=/m.test(sample) && !/[;()]/.test(sample)) return '.env';
  if (/^[\w.-]+:\s*(?:\n|\S)/m.test(sample) && !/[;(){}]/.test(sample)) return 'sample.yaml';
  if (/^[\w.]+\s*=\s*['"]?[^'"\s]+['"]?$/m.test(sample) && !/[;]/.test(sample)) return 'sample.properties';
  if (/\bdef |\bimport |^\w+ = .*\bos\./m.test(sample) || /^[a-z_]+\s*=\s*['"(]/m.test(sample)) return 'sample.py';
  return 'sample.ts';
}

const describe = (rule: Rule, kind: string, i: number, sample: string, path: string) =>
  `${rule.id} ${kind}[${i}] (${path}, ${sample.length} chars, starts ${JSON.stringify(redact(sample.split('\n')[0]))})`;

test('rule ids are unique kebab-case, every rule has true and false samples', () => {
  const ids = new Set<string>();
  for (const rule of providerRules) {
    assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, rule.id);
    assert.ok(!ids.has(rule.id), `duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    assert.ok(samplesOf(rule).tps.length > 0, `${rule.id} has no true samples`);
    assert.ok(samplesOf(rule).fps.length > 0, `${rule.id} has no false samples`);
    assert.ok(rule.pattern.global, `${rule.id} pattern lacks the g flag`);
    for (const k of rule.keywords) assert.equal(k, k.toLowerCase(), `${rule.id} keyword ${k} is not lowercase`);
  }
  assert.ok(ids.has('generic-password') && ids.has('generic-secret') && ids.has('generic-api-key') && ids.has('generic-token'));
});

test('every samples file names only registered rules', () => {
  const ids = new Set(providerRules.map((r) => r.id));
  const strays = [...sampleFiles].filter(([id]) => !ids.has(id)).map(([id, { file }]) => `${file}: ${id}`);
  assert.deepEqual(strays, [], 'samples for rules that are not in rules/index.ts');
});

test('every rule sample through the full scanner', () => {
  const failures: string[] = [];
  for (const rule of providerRules) {
    samplesOf(rule).tps.forEach((sample, i) => {
      const path = pathFor(sample);
      const found = scanner.scan(sample, path);
      if (!found.some((f) => f.ruleId === rule.id)) {
        const others = found.map((f) => f.ruleId).join(', ');
        failures.push(`missed: ${describe(rule, 'tp', i, sample, path)}${others ? ` — found instead: ${others}` : ''}`);
      }
    });
    samplesOf(rule).fps.forEach((sample, i) => {
      const path = pathFor(sample);
      const found = scanner.scan(sample, path).filter((f) => f.ruleId === rule.id);
      if (found.length > 0) failures.push(`false positive: ${describe(rule, 'fp', i, sample, path)} → ${found.map((f) => f.redacted).join(', ')}`);
    });
  }
  assert.deepEqual(failures, [], `${failures.length} sample failures:\n${failures.join('\n')}`);
});

test('findings never carry the secret value', () => {
  for (const rule of providerRules) {
    for (const sample of samplesOf(rule).tps) {
      for (const f of scanner.scan(sample, pathFor(sample))) {
        const secret = sample.slice(f.offset, f.endOffset);
        if (secret.length >= 8) assert.ok(!JSON.stringify(f).includes(secret), `${rule.id}: a finding contains its secret`);
      }
    }
  }
});
