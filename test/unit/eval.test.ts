// The evaluation corpus (test/eval) scored as `npm run eval` does: precision and recall per family must not fall
// below test/eval/thresholds.json, so recall cannot drop silently. Raise a threshold when a change raises a figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES, type Family } from '../eval/families';
import { evaluate } from '../eval/score';

const thresholds = JSON.parse(readFileSync(join(__dirname, '..', 'eval', 'thresholds.json'), 'utf8')) as Record<Family, { precision: number; recall: number }>;
const result = evaluate();

test('every family has thresholds and planted secrets', () => {
  for (const family of FAMILIES) {
    assert.ok(thresholds[family], `no threshold for ${family} in test/eval/thresholds.json`);
    assert.ok(result.families[family].planted >= 4, `${family}: at least 4 planted secrets`);
  }
});

for (const family of FAMILIES) {
  test(`eval: ${family} precision and recall hold`, (t) => {
    const s = result.families[family];
    const want = thresholds[family];
    t.diagnostic(`${family}: P ${(s.precision * 100).toFixed(1)}% R ${(s.recall * 100).toFixed(1)}% (${s.found}/${s.planted} found, ${s.findings - s.truePositives} false)`);
    const missed = result.missed.filter((m) => m.family === family).map((m) => `${m.file}:${m.line} ${m.note}`);
    const wrong = result.falseFindings.filter((f) => f.family === family).map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.redacted}`);
    assert.ok(s.recall >= want.recall, `${family} recall ${s.recall.toFixed(3)} < ${want.recall}; missed:\n${missed.join('\n')}`);
    assert.ok(s.precision >= want.precision, `${family} precision ${s.precision.toFixed(3)} < ${want.precision}; false:\n${wrong.join('\n')}`);
  });
}
