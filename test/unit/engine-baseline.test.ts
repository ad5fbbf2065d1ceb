// .keywarden/baseline.json: written sorted without line numbers, stable when lines move, applied by fingerprint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addToBaseline, applyBaseline, BASELINE_PATH, loadBaseline, writeBaseline } from '../../server/detect/baseline';
import { createScanner } from '../../server/detect/scanner';
import { UserError } from '../../server/errors';
import { defined } from '../support/defined';

const scanner = createScanner();
const KEY = 'sk_live_51Nq8vRk2LmWx93PaTv7YbN4cHdJ6sQe1ZfG0uKoB3yXw8TiA';
const GH = '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';
const tmp = () => mkdtempSync(join(tmpdir(), 'kw-baseline-'));

test('write, load and apply: accepted findings disappear, new ones stay', () => {
  const root = tmp();
  const before = scanner.scan(`const a = "${KEY}";\n`, 'src/pay.ts');
  writeBaseline(root, before);
  const raw = readFileSync(join(root, BASELINE_PATH), 'utf8');
  assert.ok(!raw.includes(KEY) && !/"line"/.test(raw), 'no secret and no line numbers in the baseline');
  const baseline = loadBaseline(root);
  assert.equal(baseline.version, 1);
  assert.deepEqual(baseline.fingerprints, [{ fingerprint: defined(before[0], "before[0]").fingerprint, ruleId: 'stripe-secret-key', file: 'src/pay.ts' }]);

  // Lines move: same fingerprint, still accepted. A new secret is reported.
  const after = scanner.scan(`import x from 'y';\n\n\nconst a = "${KEY}";\nconst t = "${GH}";\n`, 'src/pay.ts');
  assert.deepEqual(applyBaseline(after, baseline).map((f) => f.ruleId), ['github-pat']);
});

test('the file is sorted and deduplicated, so rewriting it does not churn', () => {
  const root = tmp();
  const f1 = scanner.scan(`const a = "${KEY}";\nconst b = "${GH}";\n`, 'src/z.ts');
  const f2 = scanner.scan(`const a = "${KEY}";\n`, 'src/a.ts');
  writeBaseline(root, [...f1, ...f2, ...f1]);
  const first = readFileSync(join(root, BASELINE_PATH), 'utf8');
  writeBaseline(root, [...f2, ...f1.reverse()]);
  assert.equal(readFileSync(join(root, BASELINE_PATH), 'utf8'), first);
  assert.deepEqual(loadBaseline(root).fingerprints.map((e) => e.file), ['src/a.ts', 'src/z.ts', 'src/z.ts']);
});

test('addToBaseline adds one finding to an existing or missing file; a custom file path works', () => {
  const root = tmp();
  const [f] = scanner.scan(`const a = "${KEY}";\n`, 'src/a.ts');
  assert.ok(f !== undefined, 'expected a f');
  addToBaseline(root, f);
  addToBaseline(root, f);
  assert.equal(loadBaseline(root).fingerprints.length, 1);
  writeBaseline(root, [f], 'ci/accepted.json');
  assert.equal(defined(loadBaseline(root, 'ci/accepted.json').fingerprints[0], "loadBaseline(root, 'ci/accepted.json').fingerprints[0]").fingerprint, f.fingerprint);
});

test('a missing baseline is empty; a malformed one is a UserError naming the file', () => {
  const root = tmp();
  assert.deepEqual(loadBaseline(root), { version: 1, fingerprints: [] });
  mkdirSync(join(root, '.keywarden'));
  for (const [content, message] of [['{oops', /not valid JSON/], ['{"version": 2, "fingerprints": []}', /version/], ['{"version": 1, "fingerprints": [{"fingerprint": "xyz", "ruleId": "a", "file": "b"}]}', /fingerprints\[0\]\.fingerprint/]] as const) {
    writeFileSync(join(root, BASELINE_PATH), content);
    assert.throws(() => loadBaseline(root), (err: unknown) => err instanceof UserError && message.test(err.message) && err.message.includes(BASELINE_PATH) && err.exitCode === 2);
  }
});
