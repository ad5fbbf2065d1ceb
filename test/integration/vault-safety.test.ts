// Issue 9's reproducers, on the real keychain: same-named projects never meet, entries under the older
// service move over once, a write never replaces a value the inventory does not record, and `.env` is
// handled exactly (symbolic links, duplicate names, mode 0600, invalid names).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { legacyValueFingerprint } from '../../server/detect/fingerprint';
import { createKeychainStore } from '../../server/vault/keychain';
import { addKey } from '../../server/vault/lifecycle';
import { openVault } from '../../server/vault/vault';
import { gitProject, runCli, secretTool } from '../support/cli';
import { projectFingerprint, projectService } from '../support/project';
import { only } from '../support/defined';

const FIRST = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
const SECOND = 'sk_live_51HxQ2LkR9vTnP3mWq8Zy7Bc';
const printKey = ['--', process.execPath, '-e', 'process.stdout.write(process.env.STRIPE_KEY ?? "")'];
const add = (dir: string, value: string, name = 'STRIPE_KEY') => runCli(dir, ['keys', 'add', name, '--provider', 'stripe', '--env', 'production', '--owner', 'me'], { input: value });
const inventory = (dir: string) => JSON.parse(readFileSync(join(dir, '.keywarden/keys.json'), 'utf8')) as { keys: Array<{ name: string; fingerprint: string; origin?: { file: string; line: number } }> };

test('two projects in folders of the same name never overwrite, reveal or revoke each other\'s keys', () => {
  const a = gitProject('app');
  const b = gitProject('app');
  assert.equal(add(a, FIRST).code, 0);
  const second = add(b, SECOND);
  assert.equal(second.code, 0, second.stderr);
  assert.notEqual(projectService(a), projectService(b));
  assert.match(projectService(a), /^keywarden:app:[0-9a-f]{16}$/);
  const runA = runCli(a, ['run', ...printKey]);
  assert.equal(runA.stdout, FIRST, `run in the first project gets its own value: ${runA.stderr}`);
  assert.equal(runCli(b, ['run', ...printKey]).stdout, SECOND);
  assert.equal(runCli(a, ['keys', 'reveal', 'STRIPE_KEY', '--force']).stdout.trim(), FIRST);
  assert.equal(runCli(a, ['report', '--format', 'json']).stdout.includes('STRIPE_KEY'), true);
  assert.equal(runCli(b, ['revoke', 'STRIPE_KEY', '--reason', 'test']).code, 0);
  assert.equal(secretTool(projectService(a), 'STRIPE_KEY'), FIRST, 'revoke in the second leaves the first\'s value');
  assert.equal(secretTool(projectService(b), 'STRIPE_KEY'), undefined);
  assert.match(readFileSync(join(a, '.keywarden/project.json'), 'utf8'), /"id": "[0-9a-f]{16}"/);
});

test('entries under the older service keywarden:<folder> move to the project\'s own service on first use, with one line', async () => {
  const a = gitProject('api', 'STRIPE_KEY=keychain:STRIPE_KEY\n');
  const b = gitProject('api', 'STRIPE_KEY=keychain:STRIPE_KEY\n');
  // As an older keywarden left them: both projects' inventories, one shared service holding the second's value.
  for (const [dir, value] of [[a, FIRST], [b, SECOND]] as const) {
    mkdirSync(join(dir, '.keywarden'));
    writeFileSync(join(dir, '.keywarden/keys.json'), JSON.stringify({ version: 1, keys: [{ name: 'STRIPE_KEY', provider: 'stripe', environment: 'production',
      storage: 'keychain', fingerprint: legacyValueFingerprint(value), created: '2026-10-01T00:00:00.000Z', rotated: '2026-10-01T00:00:00.000Z', rotationDays: 90, status: 'active', scope: [] }] }));
  }
  const legacy = createKeychainStore({ service: 'keywarden:api', timeoutMs: 15_000 });
  await legacy.set('STRIPE_KEY', SECOND);
  legacy.close();

  const inA = runCli(a, ['run', ...printKey]);
  assert.equal(inA.stdout, '', 'the first project does not take the second\'s value');
  assert.equal(secretTool('keywarden:api', 'STRIPE_KEY'), SECOND, 'and leaves it where it is');

  const inB = runCli(b, ['run', ...printKey]);
  assert.equal(inB.stdout, SECOND);
  const moved = only(inB.stderr.split('\n').filter((l) => /Moved 1 keychain entry/.test(l)), `move line in:\n${inB.stderr}`);
  assert.match(moved, /\(STRIPE_KEY\) from the service keywarden:api, which same-named folders share, to this project's own keywarden:api:[0-9a-f]{16}/);
  assert.equal(secretTool(projectService(b), 'STRIPE_KEY'), SECOND);
  assert.equal(secretTool('keywarden:api', 'STRIPE_KEY'), undefined);
  const again = runCli(b, ['run', ...printKey]);
  assert.equal(again.stdout, SECOND);
  assert.doesNotMatch(again.stderr, /Moved/, 'once');
});

test('a write never replaces a keychain entry whose value the inventory does not record', async () => {
  const dir = gitProject('web');
  assert.equal(add(dir, FIRST, 'OTHER_KEY').code, 0);
  // A value already in this project's service that the inventory does not list (another tool, a crash).
  const raw = createKeychainStore({ service: projectService(dir), timeoutMs: 15_000 });
  await raw.set('STRIPE_KEY', FIRST);
  raw.close();
  const refused = add(dir, SECOND);
  assert.equal(refused.code, 2, refused.stdout + refused.stderr);
  assert.match(refused.stderr, /refused to replace the keychain entry STRIPE_KEY \(service keywarden:web:[0-9a-f]{16}\): it holds a different value, and this project's inventory does not record it/);
  assert.ok(!refused.stderr.includes(FIRST) && !refused.stderr.includes(SECOND));
  assert.equal(secretTool(projectService(dir), 'STRIPE_KEY'), FIRST, 'untouched');
  assert.equal(inventory(dir).keys.some((k) => k.name === 'STRIPE_KEY'), false);
  assert.equal(add(dir, FIRST).code, 0, 'the same value is no conflict');
});

test('two projects sharing one service (the keychain.service setting): the second is refused and told whose value it is', async () => {
  const a = gitProject('one');
  const b = gitProject('two');
  const service = `keywarden-test-shared-${process.pid}`;
  const open = (root: string) => openVault({ root, service, env: process.env, keychainTimeoutMs: 15_000 });
  const key = { name: 'SHARED_KEY', provider: 'stripe', environment: 'production', storage: 'keychain' as const };
  const va = open(a);
  const vb = open(b);
  try {
    await addKey(va, key, FIRST);
    await assert.rejects(addKey(vb, key, SECOND), (err: Error) => {
      assert.match(err.message, new RegExp(`refused to replace the keychain entry SHARED_KEY \\(service ${service}\\): it holds a different value, and it belongs to the project at ${a.replace(/[/.]/g, '\\$&')} \\(id [0-9a-f]{16}\\)`));
      return true;
    });
    assert.equal(await va.keychain().get('SHARED_KEY'), FIRST);
  } finally {
    va.close();
    vb.close();
  }
});

test('a symbolic link .env: import rewrites its target atomically at 0600 and keeps the link', () => {
  const dir = gitProject('linked');
  const target = join(dirname(dir), 'secrets', 'app.env');
  mkdirSync(dirname(target));
  writeFileSync(target, `PORT=3000\nSTRIPE_KEY=${FIRST}\n`, { mode: 0o644 });
  chmodSync(target, 0o644);
  symlinkSync(target, join(dir, '.env'));
  const r = runCli(dir, ['import']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Moved 1 secret/);
  assert.ok(lstatSync(join(dir, '.env')).isSymbolicLink(), 'the link stays a link');
  assert.equal(readlinkSync(join(dir, '.env')), target);
  assert.equal(readFileSync(target, 'utf8'), 'PORT=3000\nSTRIPE_KEY=keychain:STRIPE_KEY\n', 'the target holds no plaintext');
  assert.equal(statSync(target).mode & 0o777, 0o600);
  assert.equal(secretTool(projectService(dir), 'STRIPE_KEY'), FIRST);
});

test('a symbolic link .env to nowhere: refused with the reason, nothing written', () => {
  const dir = gitProject('dangling');
  symlinkSync(join(dir, 'missing.env'), join(dir, '.env'));
  const r = runCli(dir, ['keys', 'add', 'A_KEY', '--provider', 'x', '--env', 'dev', '--owner', 'me', '--storage', 'dotenv'], { input: FIRST });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\.env: it is a symbolic link to .*missing\.env, which does not exist/);
  assert.ok(lstatSync(join(dir, '.env')).isSymbolicLink());
});

test('a name set twice: every line is moved, the duplicate reported, the earlier value kept as its own key', () => {
  const dir = gitProject('dupes', `STRIPE_KEY=${FIRST}\n# again\nSTRIPE_KEY=${SECOND}\nGITHUB_TOKEN=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\nGITHUB_TOKEN=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\n`);
  const r = runCli(dir, ['import']);
  assert.equal(r.code, 0, r.stderr);
  const env = readFileSync(join(dir, '.env'), 'utf8');
  assert.equal(env, 'STRIPE_KEY=keychain:STRIPE_KEY_DUPLICATE\n# again\nSTRIPE_KEY=keychain:STRIPE_KEY\nGITHUB_TOKEN=keychain:GITHUB_TOKEN\nGITHUB_TOKEN=keychain:GITHUB_TOKEN\n');
  assert.match(r.stderr, /STRIPE_KEY is set on 2 lines \(1, 3\) of \.env: every line was moved \(dotenv reads the last\); its earlier, different value is kept as STRIPE_KEY_DUPLICATE/);
  assert.match(r.stderr, /GITHUB_TOKEN is set on 2 lines \(4, 5\)/);
  assert.equal(secretTool(projectService(dir), 'STRIPE_KEY'), SECOND);
  assert.equal(secretTool(projectService(dir), 'STRIPE_KEY_DUPLICATE'), FIRST);
  const dup = inventory(dir).keys.find((k) => k.name === 'STRIPE_KEY_DUPLICATE')!;
  assert.equal(dup.fingerprint, projectFingerprint(dir, FIRST));
  assert.deepEqual(dup.origin, { file: '.env', line: 1 }, 'where it came from');
  assert.equal(runCli(dir, ['run', ...printKey]).stdout, SECOND, 'the app sees what dotenv read before');
});

test('every write of a secret leaves .env at 0600', () => {
  const dir = gitProject('modes', 'PORT=3000\n');
  chmodSync(join(dir, '.env'), 0o644);
  const r = runCli(dir, ['keys', 'add', 'A_KEY', '--provider', 'x', '--env', 'dev', '--owner', 'me', '--storage', 'dotenv'], { input: FIRST });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(statSync(join(dir, '.env')).mode & 0o777, 0o600);
  chmodSync(join(dir, '.env'), 0o664);
  assert.equal(runCli(dir, ['rotate', 'A_KEY'], { input: SECOND }).code, 0);
  assert.equal(statSync(join(dir, '.env')).mode & 0o777, 0o600);
  writeFileSync(join(dir, '.env'), `${readFileSync(join(dir, '.env'), 'utf8')}B_TOKEN=${FIRST}x\n`);
  chmodSync(join(dir, '.env'), 0o644);
  assert.equal(runCli(dir, ['import', '--only', 'B_TOKEN']).code, 0);
  assert.equal(statSync(join(dir, '.env')).mode & 0o777, 0o600);
});

test('import with an invalid name: the other values move, the line is named, nothing unrecorded in the keychain', () => {
  const names = Array.from({ length: 27 }, (_, i) => `SERVICE_${i}_TOKEN`);
  const lines = names.map((n, i) => `${n}=tok_${String(i).padStart(2, '0')}_9fQ2xLm4Rt7Vb1Nc8Kd3Zs6Hw`);
  lines.splice(20, 0, 'dotted.name_TOKEN=tok_xx_9fQ2xLm4Rt7Vb1Nc8Kd3Zs6Hw');
  const dir = gitProject('invalid', lines.join('\n') + '\n');
  const r = runCli(dir, ['import']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /\.env line 21: 'dotted\.name_TOKEN' is not a valid environment variable name .*skipped, left as it is/);
  assert.doesNotMatch(r.stderr, /keys\.json/);
  assert.deepEqual(inventory(dir).keys.map((k) => k.name).sort(), [...names].sort());
  for (const n of names) assert.ok(secretTool(projectService(dir), n), `${n} stored`);
  assert.equal(secretTool(projectService(dir), 'dotted.name_TOKEN'), undefined);
  assert.match(readFileSync(join(dir, '.env'), 'utf8'), /^dotted\.name_TOKEN=tok_xx_/m);
});

test('a teammate with a clone of the repository can match a value they hold; keys.json holds no unsalted sha256', () => {
  const dir = gitProject('team');
  assert.equal(add(dir, FIRST).code, 0);
  const text = readFileSync(join(dir, '.keywarden/keys.json'), 'utf8');
  assert.ok(!text.includes(legacyValueFingerprint(FIRST).slice(7)), 'not the unsalted sha256 of the value');
  const clone = gitProject('team-clone');
  mkdirSync(join(clone, '.keywarden'), { recursive: true });
  for (const f of ['keys.json', 'project.json']) writeFileSync(join(clone, '.keywarden', f), readFileSync(join(dir, '.keywarden', f)));
  const yes = runCli(clone, ['keys', 'match', 'STRIPE_KEY'], { input: FIRST });
  assert.equal(yes.code, 0, yes.stderr);
  assert.match(yes.stdout, /The value is STRIPE_KEY's current value/);
  const no = runCli(clone, ['keys', 'match', 'STRIPE_KEY'], { input: SECOND });
  assert.equal(no.code, 1);
  assert.ok(!(yes.stdout + yes.stderr + no.stdout + no.stderr).includes(FIRST));
});
