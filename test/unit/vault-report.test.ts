import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { valueFingerprint } from '../../server/detect/fingerprint';
import { silentLogger } from '../../server/log';
import type { KeyRecord } from '../../server/vault/inventory';
import { buildReport, formatReport } from '../../server/vault/report';
import { openVault } from '../../server/vault/vault';
import { defined } from '../support/defined';

const now = new Date('2026-11-22T12:00:00.000Z');
const base = (name: string, over: Partial<KeyRecord> = {}): KeyRecord => ({
  name, provider: 'stripe', environment: 'production', owner: 'payments@example.com', purpose: 'charges', scope: ['charges:write'],
  storage: 'keychain', fingerprint: valueFingerprint(`value-of-${name}`), created: '2026-11-01T00:00:00.000Z',
  rotated: '2026-11-01T00:00:00.000Z', rotationDays: 90, status: 'active', ...over,
});

function projectWith(keys: KeyRecord[], files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-report-'));
  execFileSync('git', ['init', '-q', root]);
  mkdirSync(join(root, '.keywarden'));
  writeFileSync(join(root, '.keywarden/keys.json'), JSON.stringify({ version: 1, keys }, null, 2));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return root;
}

test('a clean project needs no action', async () => {
  const root = projectWith([base('STRIPE_SECRET_KEY')], { 'app.js': 'const k = process.env.STRIPE_SECRET_KEY;\n' });
  const report = await buildReport(openVault({ root, now: () => now }), silentLogger);
  assert.deepEqual(report.items, []);
  assert.equal(report.needsAction, false);
  assert.match(formatReport(report, 'text'), /All clear\./);
});

test('every kind of finding, at a fixed clock', async () => {
  const shared = valueFingerprint('one-value-two-names');
  const root = projectWith([
    base('NO_OWNER', { owner: undefined, scope: [], purpose: undefined }),
    base('OVERDUE_KEY', { rotated: '2026-08-01T00:00:00.000Z' }),
    base('EXPIRED_KEY', { expires: '2026-11-20T00:00:00.000Z' }),
    base('SOON_KEY', { rotated: '2026-08-30T00:00:00.000Z' }),
    base('ROTATING_KEY', { status: 'rotating', previous: { fingerprint: valueFingerprint('old'), revokeAfter: '2026-11-21T00:00:00.000Z' } }),
    base('REVOKED_KEY', { status: 'revoked', revoked: { at: '2026-11-10T00:00:00.000Z', reason: 'leaked' } }),
    base('SUSPENDED_KEY', { status: 'suspended' }),
    base('PROD_TOKEN', { fingerprint: shared }),
    base('STAGING_TOKEN', { environment: 'staging', fingerprint: shared }),
  ], {
    'app.py': 'import os\nk = os.getenv("REVOKED_KEY")\ns = os.environ["SUSPENDED_KEY"]\n',
    'config.js': 'const stripe = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";\n',
    '.env.production': 'A=1\n',
    '.env.example': 'A=\n',
  });
  execFileSync('git', ['-C', root, 'add', '.env.production', '.env.example']);
  const report = await buildReport(openVault({ root, now: () => now }), silentLogger);
  const kinds = report.items.map((i) => `${i.kind}:${i.names.join('+') || defined(i.locations?.[0], "i.locations?.[0]").file}`).sort();
  assert.deepEqual(kinds, [
    'dotenv-tracked:.env.production',
    'due-soon:SOON_KEY',
    'expired:EXPIRED_KEY',
    'hardcoded-secret:config.js',
    'missing-owner:NO_OWNER',
    'missing-purpose:NO_OWNER',
    'missing-scope:NO_OWNER',
    'overdue:OVERDUE_KEY',
    'overlap-ended:ROTATING_KEY',
    'revoked-referenced:REVOKED_KEY',
    'same-value:PROD_TOKEN+STAGING_TOKEN',
    'suspended-referenced:SUSPENDED_KEY',
  ]);
  assert.equal(report.needsAction, true);
  assert.deepEqual(report.items.find((i) => i.kind === 'revoked-referenced')?.locations, [{ file: 'app.py', line: 2 }]);
  const text = formatReport(report, 'text') + formatReport(report, 'markdown') + formatReport(report, 'json');
  assert.ok(!text.includes('sk_live_4eC39HqLyjWDarjtT1zdp7dc'), 'the hardcoded secret is redacted');
  assert.match(formatReport(report, 'markdown'), /## ❗ Revoked keys still referenced in code \(1\)\n- REVOKED_KEY is revoked but still referenced in 1 place\n  - `app.py:2`/);
});

test('notices alone do not fail CI', async () => {
  const root = projectWith([base('SOON_KEY', { rotated: '2026-08-30T00:00:00.000Z', purpose: undefined })], {});
  const report = await buildReport(openVault({ root, now: () => now }), silentLogger);
  assert.deepEqual(report.items.map((i) => [i.kind, i.action]), [['missing-purpose', false], ['due-soon', false]]);
  assert.equal(report.needsAction, false);
});

test('hardcoded secrets accepted into the baseline are not reported', async () => {
  const root = projectWith([base('STRIPE_SECRET_KEY')], { 'config.js': 'const stripe = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";\n' });
  const vault = openVault({ root, now: () => now });
  const first = await buildReport(vault, silentLogger);
  assert.deepEqual(first.items.map((i) => i.kind), ['hardcoded-secret']);
  execFileSync(process.execPath, [join(__dirname, '../../dist/cli.js'), 'baseline'], { cwd: root });
  assert.deepEqual((await buildReport(vault, silentLogger)).items, []);
});
