import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit, auditPath, canonicalJson, entryHash, readAudit, verifyAudit, verifyAuditText, type AuditProblem } from '../../server/vault/audit';
import { defined } from '../support/defined';

async function logWith(n: number): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'kw-audit-'));
  for (let i = 0; i < n; i++) await appendAudit(root, { action: 'add', names: [`KEY_${i}`], details: { storage: 'keychain' } });
  return root;
}

test('entries chain: each holds the previous hash and its own, with user and host and no value', async () => {
  const root = await logWith(3);
  const problems: AuditProblem[] = [];
  const entries = await readAudit(root, problems);
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => e.seq), [1, 2, 3]);
  assert.equal(defined(entries[0], "entries[0]").prevHash, '0'.repeat(64));
  assert.equal(defined(entries[1], "entries[1]").prevHash, defined(entries[0], "entries[0]").hash);
  assert.equal(entryHash(defined(entries[2], "entries[2]")), defined(entries[2], "entries[2]").hash);
  assert.ok(defined(entries[0], "entries[0]").user && defined(entries[0], "entries[0]").host);
  const verified = await verifyAudit(root);
  assert.deepEqual([verified.ok, verified.entries, verified.problems, verified.unsigned], [true, 3, [], []]);
  assert.deepEqual(verified.signers?.map((s) => s.lines), [[1, 2, 3]], 'signed with this user\'s device key from the keychain');
});

test('canonical JSON sorts keys at every level', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 0 }], c: 'x' } }), '{"a":{"c":"x","d":[2,{"y":0,"z":1}]},"b":1}');
});

test('an edited entry is found by line', async () => {
  const root = await logWith(4);
  const lines = readFileSync(auditPath(root), 'utf8').split('\n');
  lines[1] = defined(lines[1], "lines[1]").replace('KEY_1', 'KEY_X');
  const result = verifyAuditText(lines.join('\n'));
  assert.equal(result.ok, false);
  assert.deepEqual(result.problems.map((p) => p.line), [2]);
  assert.match(defined(result.problems[0], "result.problems[0]").problem, /edited/);
});

test('an edit with a recomputed hash still breaks the chain at the next line', async () => {
  const root = await logWith(3);
  const lines = readFileSync(auditPath(root), 'utf8').split('\n');
  const e = JSON.parse(defined(lines[0], "lines[0]"));
  e.names = ['FORGED'];
  e.hash = entryHash(e);
  lines[0] = JSON.stringify(e);
  assert.deepEqual(verifyAuditText(lines.join('\n')).problems.map((p) => p.line), [2]);
});

test('removed and reordered entries are found', async () => {
  const root = await logWith(4);
  const lines = readFileSync(auditPath(root), 'utf8').trimEnd().split('\n');
  const removed = [lines[0], lines[2], lines[3]].join('\n');
  assert.deepEqual(verifyAuditText(removed).problems.map((p) => p.line), [2]);
  const reordered = [lines[0], lines[2], lines[1], lines[3]].join('\n');
  assert.deepEqual(verifyAuditText(reordered).problems.map((p) => p.line), [2, 3, 4]);
});

test('a torn last line is reported, and the next append chains to the last whole entry', async () => {
  const root = await logWith(2);
  appendFileSync(auditPath(root), '{"seq":3,"ts":"2026');
  await appendAudit(root, { action: 'run', names: ['KEY_0'] });
  const result = await verifyAudit(root);
  assert.deepEqual(result.problems.map((p) => [p.line, /not valid JSON/.test(p.problem)]), [[3, true]]);
  const good = readFileSync(auditPath(root), 'utf8').split('\n').filter((l, i) => i !== 2).join('\n');
  writeFileSync(auditPath(root), good);
  assert.equal((await verifyAudit(root)).ok, true);
});

test('lines that are not entries (null, [], {}, a torn line) are named by line and read past', async () => {
  const root = await logWith(2);
  const lines = readFileSync(auditPath(root), 'utf8').trimEnd().split('\n');
  writeFileSync(auditPath(root), ['null', lines[0], '[]', '{}', lines[1], '{"seq":3,"ts":"2026'].join('\n'));
  const problems: AuditProblem[] = [];
  const entries = await readAudit(root, problems);
  assert.deepEqual(entries.map((e) => e.seq), [1, 2]);
  assert.deepEqual(problems.map((p) => p.line), [1, 3, 4, 6]);
  assert.match(defined(problems[0], "problems[0]").problem, /not an audit entry/);
  assert.match(defined(problems[3], "problems[3]").problem, /not valid JSON/);
  const verified = verifyAuditText(readFileSync(auditPath(root), 'utf8'));
  assert.equal(verified.entries, 2);
  assert.deepEqual(verified.problems.map((p) => p.line), [1, 3, 4, 6]);
  // The next append chains to the last whole entry.
  const next = await appendAudit(root, { action: 'add', names: ['KEY_2'] });
  assert.equal(next.seq, 3);
});
