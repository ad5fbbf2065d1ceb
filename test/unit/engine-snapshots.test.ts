// Snapshot fixtures: test/fixtures/snapshots/<case>/input.* scanned by the full engine, compared with the
// checked-in expected.json (refresh with UPDATE_SNAPSHOTS=1). planted.json lists, per case, the secrets a person
// planted there (line and rule): every one must be found, and nothing else may be (the traps stay silent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScanner } from '../../server/detect/scanner';

const ROOT = join(__dirname, '..', 'fixtures', 'snapshots');
const scanner = createScanner();
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

interface Planted { line: number; ruleId: string }

function run(name: string) {
  const input = readdirSync(join(ROOT, name)).find((f) => f.startsWith('input.'));
  assert.ok(input, `${name} has no input.* file`);
  const text = readFileSync(join(ROOT, name, input), 'utf8');
  return scanner.scan(text, input).map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, endColumn: f.endColumn, redacted: f.redacted }));
}

test('fixture cases cover the languages and traps they should', () => {
  for (const c of ['typescript', 'python', 'go', 'java', 'yaml', 'dotenv', 'json', 'dockerfile', 'terraform', 'traps', 'docs']) {
    assert.ok(cases.includes(c), `missing snapshot case ${c}`);
  }
});

let planted = 0;
let found = 0;
let falsePositives = 0;

for (const name of cases) {
  test(`snapshot: ${name}`, () => {
    const actual = run(name);
    const expectedFile = join(ROOT, name, 'expected.json');
    if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
    assert.deepEqual(actual, expected, `${name}: scanner output differs from expected.json (UPDATE_SNAPSHOTS=1 refreshes it)`);

    const truth: Planted[] = JSON.parse(readFileSync(join(ROOT, name, 'planted.json'), 'utf8'));
    const isPlanted = (f: { line: number; ruleId: string }) => truth.some((p) => p.line === f.line && p.ruleId === f.ruleId);
    const missed = truth.filter((p) => !actual.some((f) => f.line === p.line && f.ruleId === p.ruleId));
    const extra = actual.filter((f) => !isPlanted(f));
    planted += truth.length;
    found += truth.length - missed.length;
    falsePositives += extra.length;
    assert.deepEqual(missed, [], `${name}: planted secrets not found`);
    assert.deepEqual(extra.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.redacted}`), [], `${name}: findings on traps`);
  });
}

test('precision and recall over the snapshot fixtures', (t) => {
  const recall = planted ? found / planted : 1;
  const precision = found + falsePositives ? found / (found + falsePositives) : 1;
  t.diagnostic(`planted ${planted}, found ${found}, false positives ${falsePositives}: recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`);
  assert.ok(planted >= 20, 'the fixtures plant at least 20 secrets');
  assert.equal(found, planted, 'recall over all cases is 100%');
  assert.equal(falsePositives, 0, 'precision over all cases is 100%');
});
