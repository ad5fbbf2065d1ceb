// Fingerprints that leave the machine cannot be tested against a dictionary at sha256 speed, yet a teammate
// (or a scan on another machine) with the project's salt gets the same one; redaction shows little.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingFingerprint, fingerprintMatches, isGuessable, legacyValueFingerprint, prepareValueFingerprint, valueFingerprint } from '../../server/detect/fingerprint';
import { shannonEntropy } from '../../server/detect/entropy';
import { redact } from '../../server/detect/redact';
import { createScanner, prepareFingerprints, transferableFinding, withoutFingerprints } from '../../server/detect/scanner';
import { applyBaseline, writeBaseline } from '../../server/detect/baseline';
import { ensureProjectIdentity } from '../../server/vault/project-identity';
import { defined } from '../support/defined';

const words = Array.from({ length: 200 }, (_, i) => `password${i}!`);

test('one keyed fingerprint costs orders of magnitude more than one sha256 (measured in this run)', (t) => {
  const salt = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  let start = performance.now();
  for (let round = 0; round < 50; round++) for (const w of words) createHash('sha256').update(w).digest('hex');
  const sha = (performance.now() - start) / (50 * words.length);
  start = performance.now();
  // Distinct salts: no cache hit, each a full scrypt as an attacker would pay.
  words.slice(0, 40).forEach((w, i) => valueFingerprint(w, `${salt}${i}`));
  const keyed = (performance.now() - start) / 40;
  t.diagnostic(`one fingerprint ${keyed.toFixed(2)} ms, one sha256 ${(sha * 1000).toFixed(2)} µs: ${Math.round(keyed / sha)}× (machine shared with other jobs)`);
  assert.ok(keyed / sha > 100, `only ${Math.round(keyed / sha)}×`);
});

test('the same value and salt give the same fingerprint (a teammate can match a value they hold); other salts differ', () => {
  const value = 'hunter2-but-longer';
  assert.equal(valueFingerprint(value, 'salt-one-000000000000000000000000'), valueFingerprint(value, 'salt-one-000000000000000000000000'));
  assert.notEqual(valueFingerprint(value, 'salt-one-000000000000000000000000'), valueFingerprint(value, 'salt-two-000000000000000000000000'));
  assert.match(valueFingerprint(value, 's'), /^scrypt:[0-9a-f]{32}$/);
  assert.notEqual(valueFingerprint(value, 's').slice(7), createHash('sha256').update(value).digest('hex').slice(0, 32), 'not the unsalted sha256');
  assert.ok(fingerprintMatches(value, valueFingerprint(value, 's'), 's'));
  assert.ok(fingerprintMatches(value, legacyValueFingerprint(value), 's'), 'older sha256 fingerprints still match');
  assert.ok(!fingerprintMatches('other', valueFingerprint(value, 's'), 's'));
});

// Values computed by the code before fingerprints were prepared on the thread pool: baselines already
// committed hold these, so they must never change.
test('fingerprints are byte for byte those of earlier versions, computed at once or prepared on the thread pool', async () => {
  assert.equal(valueFingerprint('hunter2-but-longer', 'pinned-salt-sync-0000000000000000'), 'scrypt:b39ca00b9457571c9522c3ab7f04fa89');
  await prepareValueFingerprint('hunter2-but-longer', 'pinned-salt-async-000000000000000');
  assert.equal(valueFingerprint('hunter2-but-longer', 'pinned-salt-async-000000000000000'), 'scrypt:81151f47cbd6bbbf634edb59cd45d824');
  assert.equal(findingFingerprint('generic-password', 'hunter2-but-longer', 'src/db.ts', 'pinned-salt-finding-0000000000000'), 'd808d920d47fbba87287d2701cc03c3a');
  const salt = 'pinned-salt-scan-0000000000000000';
  const found = createScanner(undefined, { fingerprintSalt: salt }).scan('const dbPassword = "Summer-2024-blue-horse";\n', 'src/db.ts');
  assert.deepEqual(found.map((f) => f.ruleId), ['generic-password']);
  await prepareFingerprints(found);
  const sent = found.map((f) => transferableFinding(f, true));
  assert.equal(defined(sent[0], 'sent[0]').fingerprint, '8215c7088ec2c1b7201ffeb93c3ffe6f');
  assert.equal(defined(found[0], 'found[0]').fingerprint, '8215c7088ec2c1b7201ffeb93c3ffe6f');
});

test('a finding sent without fingerprints carries none, and reading one is an error, not an empty string', () => {
  const [finding] = createScanner().scan('const dbPassword = "Autumn-2023-red-lizard";\n', 'src/db.ts');
  const sent = structuredClone(transferableFinding(defined(finding, 'finding'), false));
  assert.deepEqual(Object.keys(sent).filter((k) => /ingerprint/.test(k)), [], 'what crosses to the main thread has no fingerprint');
  assert.equal(sent.redacted, defined(finding, 'finding').redacted);
  const received = withoutFingerprints(sent);
  assert.throws(() => received.fingerprint, /without fingerprints/);
});

test('a baseline written in one checkout suppresses the same finding in another checkout elsewhere', () => {
  const a = mkdtempSync(join(tmpdir(), 'kw-fp-a-'));
  const { salt } = ensureProjectIdentity(a);
  const text = 'const key = "sk_live_51Nq8vRk2LmWx93PaTv7YbN4cHdJ6sQe1ZfG0uKoB3yXw8TiA";\n';
  const found = createScanner(undefined, { fingerprintSalt: salt }).scan(text, 'src/pay.ts');
  assert.equal(found.length, 1);
  writeBaseline(a, found);
  const b = join(mkdtempSync(join(tmpdir(), 'kw-fp-b-')), 'clone');
  cpSync(a, b, { recursive: true }); // the committed .keywarden/ (project.json, baseline.json), another machine
  const again = createScanner(undefined, { fingerprintSalt: ensureProjectIdentity(b).salt }).scan(text, 'src/pay.ts');
  assert.equal(defined(again[0], "again[0]").fingerprint, defined(found[0], "found[0]").fingerprint);
  const baseline = JSON.parse(JSON.stringify({ version: 1, fingerprints: [{ fingerprint: defined(found[0], "found[0]").fingerprint, ruleId: defined(found[0], "found[0]").ruleId, file: 'src/pay.ts' }] }));
  assert.deepEqual(applyBaseline(again, baseline), []);
  assert.notEqual(defined(found[0], "found[0]").fingerprint, findingFingerprint('stripe-secret-key', 'sk_live_51Nq8vRk2LmWx93PaTv7YbN4cHdJ6sQe1ZfG0uKoB3yXw8TiA', 'src/pay.ts'), 'the public salt gives another');
});

test('an older unsalted baseline entry still suppresses its finding', () => {
  const secret = 'sk_live_51Nq8vRk2LmWx93PaTv7YbN4cHdJ6sQe1ZfG0uKoB3yXw8TiA';
  const old = createHash('sha256').update(`stripe-secret-key\0${secret}\0src/pay.ts`).digest('hex').slice(0, 40);
  const found = createScanner(undefined, { fingerprintSalt: 'x'.repeat(32) }).scan(`k = "${secret}"`, 'src/pay.ts');
  assert.deepEqual(applyBaseline(found, { version: 1, fingerprints: [{ fingerprint: old, ruleId: 'stripe-secret-key', file: 'src/pay.ts' }] }), []);
});

test('guessable: under 24 characters, spaced, or under 4 bits per character, characters being code points', () => {
  assert.ok(isGuessable('Xk9#mP2$vL5qR8wZ3nT6yB1'), '23 characters');
  assert.ok(!isGuessable('Xk9#mP2$vL5qR8wZ3nT6yB1c'), '24 random characters');
  assert.ok(isGuessable('tiger lamp orbit velvet 7 canyon'), 'a passphrase');
  assert.ok(isGuessable('abababababababababababab'), '1 bit per character');
  // 24 distinct emoji: 48 UTF-16 units but 24 characters of log2(24) ≈ 4.58 bits each.
  const emoji = Array.from({ length: 24 }, (_, i) => String.fromCodePoint(0x1f600 + i)).join('');
  assert.ok(Math.abs(shannonEntropy(emoji) - Math.log2(24)) < 1e-9);
  assert.ok(!isGuessable(emoji));
  assert.equal(shannonEntropy('😀a'), 1, 'two characters, one bit');
});

test('redaction: a public prefix whole, then at most 4 characters of the random part, fewer for short secrets', () => {
  assert.equal(redact('sk_live_4eC39HqLyjWDarjtT1zdp7dc'), 'sk_live_…p7dc');
  assert.equal(redact('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'), 'ghp_…INUx');
  assert.equal(redact('Xk9#mP2$vL5qR8wZ'), '…wZ', 'a 16-character password shows 2, not 8');
  assert.equal(redact('Tr0ub4dor&3'), '…3');
  assert.equal(redact('hunter2'), '…');
  assert.equal(redact('q9Lz3Vb7Tn1Xw5Ry8Kc2Mf6Hd4Gj0Sp8iO4'), '…8iO4');
  for (const s of ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'Xk9#mP2$vL5qR8wZ', 'abcdefghijklmnopqrstuvwxyz0123']) {
    const shown = defined(redact(s).split('…')[1], "redact(s).split('…')[1]");
    assert.ok(shown.length <= 4);
  }
});
