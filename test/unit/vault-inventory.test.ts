import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { InventoryError, inventoryPath, parseInventory, readInventory, updateInventory, type KeyRecord } from '../../server/vault/inventory';
import { valueFingerprint } from '../../server/detect/fingerprint';
import { defined } from '../support/defined';

const record = (name: string): KeyRecord => ({
  name, provider: 'stripe', environment: 'production', owner: 'payments@example.com', scope: ['charges:write'],
  storage: 'keychain', fingerprint: valueFingerprint(`sk_live_${name}_4eC39HqLyjWDarjtT1zdp7dc`),
  created: '2026-10-01T00:00:00.000Z', rotated: '2026-10-01T00:00:00.000Z', rotationDays: 90, status: 'active',
});

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-inv-'));
  mkdirSync(join(root, '.keywarden'));
  return root;
}

test('round trip through the file, atomically, without a lock left behind', async () => {
  const root = project();
  await updateInventory(root, (inv) => { inv.keys.push(record('STRIPE_SECRET_KEY')); });
  const inv = await readInventory(root);
  assert.deepEqual(inv.keys.map((k) => k.name), ['STRIPE_SECRET_KEY']);
  assert.equal(existsSync(inventoryPath(root) + '.lock'), false);
  assert.equal(JSON.parse(readFileSync(inventoryPath(root), 'utf8')).version, 1);
});

test('a bad entry is named by index, name and field, with its line, and the file is left untouched', async () => {
  const root = project();
  const bad = { ...record('GITHUB_TOKEN'), owner: 42 };
  const text = JSON.stringify({ version: 1, keys: [record('STRIPE_SECRET_KEY'), bad] }, null, 2);
  writeFileSync(inventoryPath(root), text);
  await assert.rejects(updateInventory(root, (inv) => { inv.keys.pop(); }), (e: Error) => {
    assert.ok(e instanceof InventoryError);
    assert.match(e.message, /keys\[1\] \(GITHUB_TOKEN\): field 'owner': expected string/);
    assert.equal(e.index, 1);
    assert.equal(e.field, 'owner');
    assert.equal(defined(text.split('\n')[e.line! - 1], "text.split('\\n')[e.line! - 1]").trim(), '"owner": 42,');
    return true;
  });
  assert.equal(readFileSync(inventoryPath(root), 'utf8'), text);
});

test('a change that would make the inventory invalid is refused with the field named, and nothing is written', async () => {
  const root = project();
  await updateInventory(root, (inv) => { inv.keys.push(record('STRIPE_SECRET_KEY')); });
  const before = readFileSync(inventoryPath(root), 'utf8');
  await assert.rejects(updateInventory(root, (inv) => { defined(inv.keys[0], "inv.keys[0]").rotationDays = -3; }), (e: Error) => {
    assert.ok(!(e instanceof InventoryError), 'not the "fix the file by hand" error: the file is fine');
    assert.match(e.message, /^refused: .*keys\[0\] \(STRIPE_SECRET_KEY\): field 'rotationDays'/);
    return true;
  });
  await assert.rejects(updateInventory(root, (inv) => { inv.keys.push(record('STRIPE_SECRET_KEY')); }), /field 'name': the name is already used/);
  assert.equal(readFileSync(inventoryPath(root), 'utf8'), before);
});

test('missing fields, unknown fields, bad status, duplicates and broken JSON are all explained', () => {
  const { fingerprint: _f, ...noFingerprint } = record('A');
  const cases: Array<[unknown, RegExp]> = [
    [{ version: 1, keys: [noFingerprint] }, /keys\[0\] \(A\): field 'fingerprint': missing/],
    [{ version: 1, keys: [{ ...record('A'), colour: 'red' }] }, /keys\[0\] \(A\): the entry: unknown field 'colour'/],
    [{ version: 1, keys: [{ ...record('A'), status: 'paused' }] }, /keys\[0\] \(A\): field 'status'/],
    [{ version: 1, keys: [record('A'), record('A')] }, /keys\[1\] \(A\): field 'name': the name is already used by keys\[0\]/],
    [{ version: 2, keys: [] }, /newer keywarden/],
    [{ keys: [] }, /'version'/],
  ];
  for (const [data, pattern] of cases) assert.throws(() => parseInventory(JSON.stringify(data, null, 2)), pattern);
  assert.throws(() => parseInventory('{\n  "version": 1,\n  "keys": [,]\n}'), (e: Error) => e instanceof InventoryError && /not valid JSON \(line 3\)/.test(e.message));
});

test('a writer that cannot get the lock gets a clear error after the timeout; a dead owner\'s lock is taken over', async () => {
  const root = project();
  writeFileSync(inventoryPath(root) + '.lock', JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() }));
  const t = Date.now();
  await assert.rejects(updateInventory(root, () => undefined, { lockTimeoutMs: 300 }), /another keywarden process is changing .*keys\.json \(pid \d+/);
  assert.ok(Date.now() - t < 2000);
  // pid 2^22+1 is above Linux's pid_max: certainly not running.
  writeFileSync(inventoryPath(root) + '.lock', JSON.stringify({ pid: 4194305, host: hostname(), at: Date.now() }));
  await updateInventory(root, (inv) => { inv.keys.push(record('A')); }, { lockTimeoutMs: 300 });
  assert.equal((await readInventory(root)).keys.length, 1);
});

test('two processes adding keys at once: every key lands', async () => {
  const root = project();
  const script = (prefix: string) => `
    const { updateInventory } = require(${JSON.stringify(join(__dirname, '../../server/vault/inventory'))});
    const base = ${JSON.stringify(record('X'))};
    (async () => { for (let i = 0; i < 15; i++) await updateInventory(${JSON.stringify(root)}, (inv) => { inv.keys.push({ ...base, name: '${prefix}_' + i }); }); })()
      .catch((e) => { console.error(e.message); process.exit(1); });`;
  const run = (prefix: string) => new Promise<number>((resolve) => {
    spawn(process.execPath, ['--import', 'tsx', '-e', script(prefix)], { stdio: 'inherit' }).on('exit', (code) => resolve(code ?? 1));
  });
  assert.deepEqual(await Promise.all([run('A'), run('B')]), [0, 0]);
  const names = (await readInventory(root)).keys.map((k) => k.name);
  assert.equal(names.length, 30);
  assert.equal(new Set(names).size, 30);
});
