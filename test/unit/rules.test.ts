// The one harness for every registered rule: the registry (one export style, nothing left out), each rule's
// invariants, its samples through the rule alone and through the FULL scanner (prefilter, engine-wide filters),
// and anchored rules tried only at their keywords. Failures name rule and sample index and show the sample
// redacted only. Linear time is engine-linear.test.ts; rule-specific verdicts are rules-verdicts.test.ts and
// rules-checksums.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createScanner } from '../../server/detect/scanner';
import { matchRule } from '../../server/detect/match-rule';
import { providerRules } from '../../server/detect/rules/index';
import { redact } from '../../server/detect/redact';
import type { Rule } from '../../server/detect/rule';
import { pathFor, sampleFiles, samplesOf } from '../support/rule-samples';
import { keywordStarts } from '../support/rules';
import { defined } from '../support/defined';

// Without dedupe: a rule's own finding must survive every engine-wide filter, even where a more specific
// rule would win on the same span (that choice has its own test in engine-scanner.test.ts, 'dedupe: …').
const scanner = createScanner(undefined, { dedupe: false });
const rulesDir = join(__dirname, '../../server/detect/rules');

const describe = (rule: Rule, kind: string, i: number, sample: string, path: string) =>
  `${rule.id} ${kind}[${i}] (${path}, ${sample.length} chars, starts ${JSON.stringify(redact(defined(sample.split('\n')[0], "sample.split('\\n')[0]")))})`;

const isRule = (v: unknown): v is Rule => typeof v === 'object' && v !== null && 'pattern' in v && 'envVar' in v;
const camel = (file: string) => file.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

test('the registry: every rule file exports its rules as one <provider>Rules array, all of them registered', () => {
  const registered = new Set(providerRules);
  const problems: string[] = [];
  let files = 0;
  for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.samples.ts') && f !== 'index.ts')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(rulesDir, file)) as Record<string, unknown>;
    const single = Object.entries(mod).filter(([, v]) => isRule(v));
    const arrays = Object.entries(mod).filter(([, v]) => Array.isArray(v) && v.some(isRule));
    if (single.length === 0 && arrays.length === 0) continue; // a helper (token-rule, shape, assigned…)
    files++;
    const name = `${camel(file.replace(/\.ts$/, ''))}Rules`;
    if (arrays.length !== 1 || arrays[0]![0] !== name) problems.push(`${file}: export its rules as one array \`${name}\``);
    const listed = new Set((mod[name] as Rule[] | undefined) ?? []);
    for (const [key, rule] of single) if (!listed.has(rule as Rule)) problems.push(`${file}: ${key} is not in ${name}`);
    for (const rule of listed) if (!registered.has(rule)) problems.push(`${file}: ${rule.id} is not in rules/index.ts`);
    for (const rule of listed) registered.delete(rule);
  }
  for (const rule of registered) problems.push(`${rule.id} is registered but no rule file exports it in its <provider>Rules`);
  assert.deepEqual(problems, []);
  assert.ok(files >= 100, `only ${files} rule files`);
});

test('every rule: unique kebab-case id, global pattern, named secret group, lowercase keywords, env var, docs, samples', () => {
  const ids = new Set<string>();
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  for (const rule of providerRules) {
    check(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.id), `${rule.id}: id is not kebab-case`);
    check(!ids.has(rule.id), `${rule.id}: duplicate id`);
    ids.add(rule.id);
    check(rule.pattern.global, `${rule.id}: pattern lacks the g flag`);
    // With any capturing group, the secret must be the named one: group 1 would otherwise win silently.
    if (/\((?!\?)|\(\?<(?![=!])/.test(rule.pattern.source)) check(/\(\?<secret>/.test(rule.pattern.source), `${rule.id}: name the secret group`);
    check(rule.keywords.length > 0, `${rule.id}: no keywords`);
    for (const k of rule.keywords) check(k === k.toLowerCase(), `${rule.id}: keyword ${k} is not lowercase`);
    check(/^[A-Z][A-Z0-9_]*$/.test(rule.envVar), `${rule.id}: envVar ${rule.envVar}`);
    if (!rule.generic) check(/^https:\/\//.test(rule.docs ?? ''), `${rule.id}: docs link`);
    check(samplesOf(rule).tps.length > 0, `${rule.id}: no true samples`);
    check(samplesOf(rule).fps.length > 0, `${rule.id}: no false samples`);
  }
  assert.deepEqual(problems, []);
  assert.ok(ids.has('generic-password') && ids.has('generic-secret') && ids.has('generic-api-key') && ids.has('generic-token'));
});

test('every samples file names only registered rules', () => {
  const ids = new Set(providerRules.map((r) => r.id));
  const strays = [...sampleFiles].filter(([id]) => !ids.has(id)).map(([id, { file }]) => `${file}: ${id}`);
  assert.deepEqual(strays, [], 'samples for rules that are not in rules/index.ts');
});

// Generic rules lean on the engine-wide filters (known examples, lookups) for some false samples: for them the
// full-scanner test below is the one that counts.
test('every rule sample through the rule alone: true samples pass the prefilter and match a clean span, false ones do not', () => {
  const failures: string[] = [];
  for (const rule of providerRules) {
    samplesOf(rule).tps.forEach((sample, i) => {
      const path = pathFor(sample);
      const lower = sample.toLowerCase();
      if (!rule.keywords.some((k) => lower.includes(k))) failures.push(`no keyword: ${describe(rule, 'tp', i, sample, path)}`);
      const found = matchRule(rule, { text: sample, path });
      if (found.length === 0) failures.push(`missed: ${describe(rule, 'tp', i, sample, path)}`);
      for (const f of found) {
        // The secret span is the value itself: no quotes, spaces or assignment around it.
        if (sample.slice(f.offset, f.endOffset) !== f.secret || /^["'`\s=:]|["'`\s]$/.test(f.secret)) {
          failures.push(`secret span ${JSON.stringify(redact(f.secret))}: ${describe(rule, 'tp', i, sample, path)}`);
        }
      }
    });
    if (!rule.generic) samplesOf(rule).fps.forEach((sample, i) => {
      const path = pathFor(sample);
      const found = matchRule(rule, { text: sample, path });
      if (found.length > 0) failures.push(`false positive: ${describe(rule, 'fp', i, sample, path)} → ${found.map((f) => redact(f.secret)).join(', ')}`);
    });
  }
  assert.deepEqual(failures, [], `${failures.length} sample failures:\n${failures.join('\n')}`);
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

test('anchored rules find the same secrets when tried only where their keywords start', () => {
  const failures: string[] = [];
  const anchored = providerRules.filter((r) => r.anchored);
  for (const rule of anchored) {
    [...samplesOf(rule).tps, ...samplesOf(rule).fps].forEach((sample, i) => {
      const ctx = { text: sample, path: pathFor(sample) };
      const spans = (found: ReturnType<typeof matchRule>) => JSON.stringify(found.map((f) => [f.offset, f.endOffset, f.verdict]));
      if (spans(matchRule(rule, ctx, keywordStarts(rule, sample))) !== spans(matchRule(rule, ctx))) {
        failures.push(describe(rule, 'sample', i, sample, ctx.path));
      }
    });
  }
  assert.deepEqual(failures, []);
  assert.ok(anchored.length >= 100, `${anchored.length} anchored`);
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
