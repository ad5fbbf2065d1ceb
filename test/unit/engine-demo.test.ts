// The demo project (test/fixtures/demo): scanning it finds exactly the planted secrets EXPECTED.md lists, with
// the positions, severities, redactions and suggested names given there, and skips the lock file and bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../server/detect/config';
import { scanTree } from '../support/scan-tree';
import { silentLogger } from '../../server/log';

const DEMO = join(__dirname, '..', 'fixtures', 'demo');

function expectedRows(): string[] {
  const md = readFileSync(join(DEMO, 'EXPECTED.md'), 'utf8');
  return md.split('\n')
    .filter((l) => /^\| `/.test(l))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim().replace(/`/g, '')).join(' '));
}

test('demo project: exactly the planted findings of EXPECTED.md', async () => {
  const result = await scanTree(DEMO, [], { config: defaultConfig(), logger: silentLogger });
  const rows = result.findings.map((f) => `${f.file} ${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.redacted} ${f.suggestedName}`);
  const expected = expectedRows();
  assert.ok(expected.length >= 6, 'EXPECTED.md lists the planted secrets');
  assert.deepEqual(rows.sort(), expected.sort());
  assert.deepEqual(result.skipped.map((s) => `${s.file} ${s.reason}`).sort(), ['package-lock.json excluded', 'public/vendor.min.js excluded']);
});

test('demo project: the traps stay silent even when generated files are scanned', async () => {
  const config = { ...defaultConfig(), skipGenerated: false };
  const result = await scanTree(DEMO, ['package-lock.json', 'public/vendor.min.js', '.env.example', 'README.md', 'src/server.ts', 'src/logo.ts'], { config, logger: silentLogger });
  assert.equal(result.files, 6);
  assert.deepEqual(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.redacted}`), []);
});
