// The audit log cannot be forged: each entry is signed with a writer's device key (Ed25519), the writers'
// public keys are committed, and the newest entry is recorded in a signed head file. Issue 9's reproducers:
// a forged entry with a recomputed hash, a removed `reveal` with the chain recomputed, a truncated end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit, auditPath, entryHash, verifyAudit, GENESIS_HASH, type AuditEntry } from '../../server/vault/audit';
import { HEAD_PATH, loadDeviceKey, signText, WRITERS_PATH, type DeviceKey } from '../../server/vault/audit-signing';
import type { SecretStore } from '../../server/vault/store';
import { defined } from '../support/defined';

/** A device key as the keychain would keep it, in memory (another user's machine). */
async function deviceKey(): Promise<DeviceKey> {
  const values = new Map<string, string>();
  const store: SecretStore = { kind: 'keychain', get: async (n) => values.get(n), set: async (n, v) => { values.set(n, v); }, delete: async (n) => values.delete(n) };
  return loadDeviceKey(store);
}

async function log(actions: Array<[AuditEntry['action'], DeviceKey | null]>): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'kw-signed-'));
  for (const [i, [action, key]] of actions.entries()) await appendAudit(root, { action, names: [`KEY_${i}`] }, new Date(Date.UTC(2026, 10, 1 + i)), key);
  return root;
}

const lines = (root: string) => readFileSync(auditPath(root), 'utf8').trimEnd().split('\n');
const write = (root: string, ls: string[]) => writeFileSync(auditPath(root), ls.join('\n') + '\n');
const problems = async (root: string) => (await verifyAudit(root)).problems.map((p) => `${p.line}: ${p.problem}`);

test('verify says who signed what; two writers each listed in writers.json', async () => {
  const [alice, bob] = [await deviceKey(), await deviceKey()];
  const root = await log([['add', alice], ['reveal', bob], ['rotate', alice]]);
  const result = await verifyAudit(root);
  assert.equal(result.ok, true, JSON.stringify(result.problems));
  assert.deepEqual(result.signers?.map((s) => [s.id, s.lines]), [[alice.id, [1, 3]], [bob.id, [2]]]);
  const writers = JSON.parse(readFileSync(join(root, WRITERS_PATH), 'utf8')).writers.map((w: { id: string }) => w.id);
  assert.deepEqual(writers, [alice.id, bob.id]);
  assert.equal(JSON.parse(readFileSync(join(root, HEAD_PATH), 'utf8')).seq, 3);
});

test('a forged entry appended with a recomputed hash is reported (unsigned, or signed by an unlisted key)', async () => {
  const alice = await deviceKey();
  const root = await log([['add', alice], ['reveal', alice]]);
  const last = JSON.parse(defined(lines(root)[1], "lines(root)[1]")) as AuditEntry;
  const forged: Omit<AuditEntry, 'hash'> = { ...last, seq: 3, action: 'revoke', names: ['KEY_0'], prevHash: last.hash, signer: undefined, sig: undefined };
  write(root, [...lines(root), JSON.stringify({ ...forged, hash: entryHash(forged) })]);
  assert.deepEqual(await problems(root), ['3: unsigned, after signed entries: not written by keywarden with a listed device key (added by hand?)']);

  const mallory = await deviceKey();
  const signed = { ...forged, signer: mallory.id };
  const hash = entryHash(signed);
  write(root, [...lines(root).slice(0, 2), JSON.stringify({ ...signed, hash, sig: signText(mallory, hash) })]);
  assert.deepEqual(await problems(root), [`3: signed by ${mallory.id}, a key not listed in ${WRITERS_PATH}`]);

  const stolenName = { ...signed, signer: alice.id };
  const h2 = entryHash(stolenName);
  write(root, [...lines(root).slice(0, 2), JSON.stringify({ ...stolenName, hash: h2, sig: signText(mallory, h2) })]);
  assert.match(defined((await problems(root))[0], "(await problems(root))[0]"), /^3: forged: its signature does not verify with the key of .+ \(ed25519:[0-9a-f]{16}\)$/);
});

test('a removed reveal entry with the chain recomputed is reported: the rewritten entries are not signed by their writer', async () => {
  const alice = await deviceKey();
  const root = await log([['add', alice], ['reveal', alice], ['run', alice], ['run', alice]]);
  const entries = lines(root).map((l) => JSON.parse(l) as AuditEntry).filter((e) => e.action !== 'reveal');
  let prevHash = GENESIS_HASH;
  const rewritten = entries.map((e, i) => {
    const next = { ...e, seq: i + 1, prevHash };
    next.hash = entryHash(next);
    prevHash = next.hash;
    return JSON.stringify(next);
  });
  write(root, rewritten);
  const found = await problems(root);
  assert.deepEqual(found.map((p) => p.replace(/ with the key .*/, '')), ['2: forged: its signature does not verify', '3: forged: its signature does not verify', '4: truncated: the log ends at entry 3, but .keywarden/audit-head.json records entry 4 (1 entry removed from the end)']);
});

test('a reordered entry breaks the chain where it stands', async () => {
  const alice = await deviceKey();
  const root = await log([['add', alice], ['reveal', alice], ['run', alice]]);
  const [a, b, c] = lines(root);
  assert.ok(b !== undefined, 'expected a b');
  assert.ok(c !== undefined, 'expected a c');
  assert.ok(a !== undefined, 'expected a a');
  write(root, [a, c, b]);
  assert.deepEqual((await problems(root)).map((p) => p.split(':')[0]), ['2', '3']);
  assert.match(defined((await problems(root))[0], "(await problems(root))[0]"), /out of chain/);
});

test('a truncated end is found from the signed head; the head cannot be rewritten without a writer\'s key', async () => {
  const alice = await deviceKey();
  const root = await log([['add', alice], ['reveal', alice], ['revoke', alice]]);
  write(root, lines(root).slice(0, 1));
  assert.deepEqual(await problems(root), [`2: truncated: the log ends at entry 1, but ${HEAD_PATH} records entry 3 (2 entries removed from the end)`]);
  const head = JSON.parse(readFileSync(join(root, HEAD_PATH), 'utf8'));
  writeFileSync(join(root, HEAD_PATH), JSON.stringify({ ...head, seq: 1, hash: JSON.parse(defined(lines(root)[0], "lines(root)[0]")).hash }));
  assert.deepEqual(await problems(root), [`2: ${HEAD_PATH} is not signed by a writer listed in ${WRITERS_PATH}: the end of the log cannot be trusted`]);
});

test('an older unsigned log still reads and verifies, its entries flagged unsigned; signing carries on after it', async () => {
  const root = await log([['add', null], ['run', null]]);
  let result = await verifyAudit(root);
  assert.deepEqual([result.ok, result.unsigned, result.signers], [true, [1, 2], []]);
  await appendAudit(root, { action: 'rotate', names: ['KEY_0'] }, new Date(), await deviceKey());
  result = await verifyAudit(root);
  assert.deepEqual([result.ok, result.unsigned, result.signers?.map((s) => s.lines)], [true, [1, 2], [[3]]]);
});
