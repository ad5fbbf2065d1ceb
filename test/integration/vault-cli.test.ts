// The vault CLI end to end: the built `dist/cli.js` in real child processes, against the real keychain that
// `npm test` starts, in temporary git repositories. Values go in on stdin only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { legacyValueFingerprint } from '../../server/detect/fingerprint';
import { identify, projectFingerprint, projectService } from '../support/project';
import { CLI, cliEnv, runCli, secretTool, type CliResult as Result } from '../support/cli';

const STRIPE = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
const STRIPE_NEW = 'sk_live_51HxQ2LkR9vTnP3mWq8Zy7Bc';
const GITHUB = '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';

function kwAsync(cwd: string, args: string[], input = ''): Promise<Result> {
  const t = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: cliEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - t }));
    child.stdin.end(input);
  });
}

function project(dotenv?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-cli-'));
  execFileSync('git', ['init', '-q', dir]);
  if (dotenv !== undefined) writeFileSync(join(dir, '.env'), dotenv, { mode: 0o600 });
  writeFileSync(join(dir, '.gitignore'), '.env\n');
  return dir;
}

/** The value under the project's own service; undefined too when the project has no identity (so no service) yet. */
function keychain(dir: string, account: string): string | undefined {
  return existsSync(join(dir, '.keywarden/project.json')) ? secretTool(projectService(dir), account) : undefined;
}

function inventory(dir: string): { keys: Array<Record<string, unknown> & { name: string }> } {
  return JSON.parse(readFileSync(join(dir, '.keywarden/keys.json'), 'utf8'));
}

const key = (dir: string, name: string) => inventory(dir).keys.find((k) => k.name === name)!;

const noKeychain: NodeJS.ProcessEnv = { DBUS_SESSION_BUS_ADDRESS: undefined, DISPLAY: undefined, XDG_RUNTIME_DIR: undefined };

test('the lifecycle walk-through: import, list, run, rotate, finish, revoke, audit, report', () => {
  const dir = project(`# app\nPORT=3000\nSTRIPE_SECRET_KEY=${STRIPE}\nexport GITHUB_TOKEN="${GITHUB}"\n`);

  const imported = runCli(dir, ['import', '--env', 'production', '--owner', 'payments@example.com']);
  assert.equal(imported.code, 0, imported.stderr);
  assert.equal(readFileSync(join(dir, '.env'), 'utf8'), '# app\nPORT=3000\nSTRIPE_SECRET_KEY=keychain:STRIPE_SECRET_KEY\nexport GITHUB_TOKEN=keychain:GITHUB_TOKEN\n');
  assert.equal(keychain(dir, 'STRIPE_SECRET_KEY'), STRIPE);
  assert.equal(keychain(dir, 'GITHUB_TOKEN'), GITHUB);
  assert.equal(key(dir, 'STRIPE_SECRET_KEY').provider, 'Stripe');
  assert.equal(key(dir, 'STRIPE_SECRET_KEY').fingerprint, projectFingerprint(dir, STRIPE));

  const list = runCli(dir, ['keys', 'list']);
  assert.equal(list.code, 0);
  assert.match(list.stdout, /STRIPE_SECRET_KEY\s+production\s+payments@example\.com\s+keychain\s+ok\s+\d{4}-\d{2}-\d{2} \(in 90 days\)/);
  const json = JSON.parse(runCli(dir, ['keys', 'list', '--json']).stdout);
  assert.equal(json.length, 2);
  assert.ok(json.every((k: { state: string; dueDate: string }) => k.state === 'ok' && k.dueDate));

  const printEnv = ['--', process.execPath, '-e', 'console.log(JSON.stringify({s: process.env.STRIPE_SECRET_KEY, g: process.env.GITHUB_TOKEN, p: process.env.PORT}))'];
  const run = runCli(dir, ['run', ...printEnv]);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { s: STRIPE, g: GITHUB, p: '3000' });
  assert.ok(key(dir, 'STRIPE_SECRET_KEY').lastUsed, 'lastUsed recorded');

  const rotated = runCli(dir, ['rotate', 'STRIPE_SECRET_KEY', '--overlap-days', '3'], { input: STRIPE_NEW + '\n' });
  assert.equal(rotated.code, 0, rotated.stderr);
  assert.equal(keychain(dir, 'STRIPE_SECRET_KEY'), STRIPE_NEW);
  assert.equal(keychain(dir, 'STRIPE_SECRET_KEY@previous'), STRIPE);
  const rot = key(dir, 'STRIPE_SECRET_KEY');
  assert.equal(rot.status, 'rotating');
  assert.deepEqual((rot.previous as { fingerprint: string }).fingerprint, projectFingerprint(dir, STRIPE));
  assert.match(runCli(dir, ['keys', 'list']).stdout, /STRIPE_SECRET_KEY .*rotating\s+previous revoked \d{4}-/);
  assert.equal(JSON.parse(runCli(dir, ['run', ...printEnv]).stdout).s, STRIPE_NEW);

  assert.equal(runCli(dir, ['rotate', 'STRIPE_SECRET_KEY', '--finish']).code, 0);
  assert.equal(keychain(dir, 'STRIPE_SECRET_KEY@previous'), undefined);
  assert.equal(key(dir, 'STRIPE_SECRET_KEY').status, 'active');

  assert.equal(runCli(dir, ['revoke', 'GITHUB_TOKEN']).code, 2, '--reason is required');
  assert.equal(runCli(dir, ['revoke', 'GITHUB_TOKEN', '--reason', 'leaked in CI logs']).code, 0);
  assert.equal(keychain(dir, 'GITHUB_TOKEN'), undefined);
  assert.deepEqual(key(dir, 'GITHUB_TOKEN').revoked && (key(dir, 'GITHUB_TOKEN').revoked as { reason: string }).reason, 'leaked in CI logs');
  assert.equal(JSON.parse(runCli(dir, ['run', ...printEnv]).stdout).g, undefined, 'revoked keys are not injected');

  const audit = runCli(dir, ['audit', '--json']);
  assert.deepEqual(JSON.parse(audit.stdout).map((e: { action: string }) => e.action), ['import', 'run', 'rotate', 'run', 'finish', 'revoke', 'run']);
  const verify = runCli(dir, ['audit', 'verify']);
  assert.equal(verify.code, 0);
  assert.match(verify.stdout, /7 entries, chain intact/);
  for (const file of ['.keywarden/keys.json', '.keywarden/audit.jsonl']) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const v of [STRIPE, STRIPE_NEW, GITHUB]) assert.ok(!text.includes(v), `${file} holds no value`);
  }

  writeFileSync(join(dir, 'app.py'), 'import os\ntoken = os.environ["GITHUB_TOKEN"]\n');
  const report = runCli(dir, ['report', '--format', 'json']);
  assert.equal(report.code, 1);
  const items = JSON.parse(report.stdout).items as Array<{ kind: string; names: string[]; locations?: unknown }>;
  assert.deepEqual(items.find((i) => i.kind === 'revoked-referenced'), {
    kind: 'revoked-referenced', action: true, names: ['GITHUB_TOKEN'], message: 'GITHUB_TOKEN is revoked but still referenced in 1 place',
    locations: [{ file: 'app.py', line: 2 }],
  });
  assert.ok(items.some((i) => i.kind === 'missing-scope' && i.names[0] === 'STRIPE_SECRET_KEY'));
  const md = runCli(dir, ['report', '--format', 'markdown']);
  assert.match(md.stdout, /^# Keywarden review/);
  assert.ok(!md.stdout.includes(STRIPE_NEW));
});

test('run: existing variables win unless --override, --env filters, suspended keys are left out, exit codes pass through', () => {
  const dir = project('PORT=3000\n');
  const add = (name: string, value: string, env: string) =>
    assert.equal(runCli(dir, ['keys', 'add', name, '--provider', 'stripe', '--env', env, '--owner', 'me'], { input: value }).code, 0);
  add('PROD_KEY', 'sk_live_prodprodprodprodprod01', 'production');
  add('DEV_KEY', 'sk_test_devdevdevdevdevdevdev01', 'development');
  const show = ['--', process.execPath, '-e', 'console.log([process.env.PROD_KEY, process.env.DEV_KEY, process.env.PORT].join(","))'];
  assert.equal(runCli(dir, ['run', ...show]).stdout.trim(), 'sk_live_prodprodprodprodprod01,sk_test_devdevdevdevdevdevdev01,3000');
  assert.equal(runCli(dir, ['run', '--env', 'production', ...show]).stdout.trim(), 'sk_live_prodprodprodprodprod01,,3000');
  const preset = { PROD_KEY: 'from-the-shell' };
  assert.equal(runCli(dir, ['run', ...show], { env: preset }).stdout.trim().split(',')[0], 'from-the-shell');
  assert.equal(runCli(dir, ['run', '--override', ...show], { env: preset }).stdout.trim().split(',')[0], 'sk_live_prodprodprodprodprod01');
  assert.equal(runCli(dir, ['suspend', 'DEV_KEY']).code, 0);
  assert.equal(runCli(dir, ['run', ...show]).stdout.trim(), 'sk_live_prodprodprodprodprod01,,3000');
  assert.equal(runCli(dir, ['resume', 'DEV_KEY']).code, 0);
  assert.equal(runCli(dir, ['run', '--', process.execPath, '-e', 'process.exit(7)']).code, 7);
  const killed = runCli(dir, ['run', '--', process.execPath, '-e', 'process.kill(process.pid, "SIGTERM")']);
  assert.equal(killed.signal, 'SIGTERM', 'the signal is re-raised');
  assert.equal(runCli(dir, ['run', '--', 'no-such-command-kw']).code, 2);
});

test('run in a project with no keys passes .env through and writes no .keywarden/ state', () => {
  const dir = project('PORT=3000\n');
  const r = runCli(dir, ['run', '--', process.execPath, '-e', 'console.log(process.env.PORT)']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), '3000');
  assert.equal(existsSync(join(dir, '.keywarden')), false, 'no audit log, no inventory for a run that used no key');
});

test('run --redact masks injected values even when split across writes', () => {
  const dir = project();
  assert.equal(runCli(dir, ['keys', 'add', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'production', '--owner', 'me'], { input: STRIPE }).code, 0);
  const script = `
    const v = process.env.STRIPE_SECRET_KEY;
    process.stdout.write('a ' + v + ' b\\n');
    process.stdout.write('split ' + v.slice(0, 10));
    setTimeout(() => { process.stdout.write(v.slice(10) + ' end\\n'); process.stderr.write('err ' + v + '\\n'); }, 100);`;
  const r = runCli(dir, ['run', '--redact', '--', process.execPath, '-e', script]);
  assert.equal(r.code, 0);
  // The first 10 characters waited 50 ms and went out (under 12: not masked); the rest, 100 ms later, is masked.
  assert.equal(r.stdout, `a ***** b\nsplit ${STRIPE.slice(0, 10)}***** end\n`);
  assert.equal(r.stderr, 'err *****\n');
});

test('no keychain: a fast, clear error and nothing changed', () => {
  const dir = project(`STRIPE_SECRET_KEY=${STRIPE}\n`);
  // Fast means it did not wait for the keychain timeout: a long one tells the two apart on any machine.
  const patient = { KEYWARDEN_KEYCHAIN_TIMEOUT_MS: '30000' };
  const add = runCli(dir, ['keys', 'add', 'A_KEY', '--provider', 'x', '--env', 'dev', '--owner', 'me'], { input: STRIPE, env: { ...noKeychain, ...patient } });
  assert.equal(add.code, 2);
  assert.match(add.stderr, /no keychain service is reachable/);
  assert.match(add.stderr, /→ start your desktop keyring .*, or store it in \.env: the same command with --storage dotenv$/m);
  assert.ok(add.ms < 30_000, `waited ${add.ms} ms, for the keychain timeout`);
  const imp = runCli(dir, ['import'], { env: { ...patient, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' } });
  assert.equal(imp.code, 2);
  // Not "keep the secret in .env instead": the secrets are there already, and the user came to move them.
  assert.match(imp.stderr, /→ start your desktop keyring .*, then run `keywarden import` again; nothing was moved \(\.env is as it was, and `keywarden run` passes its values meanwhile\)$/m);
  assert.ok(imp.ms < 30_000, `waited ${imp.ms} ms, for the keychain timeout`);
  assert.ok(!imp.stderr.includes(STRIPE));
  assert.equal(readFileSync(join(dir, '.env'), 'utf8'), `STRIPE_SECRET_KEY=${STRIPE}\n`);
  assert.equal(existsSync(join(dir, '.keywarden/keys.json')), false);
});

test('a malformed inventory: the message names the entry and field; the file is untouched', () => {
  const dir = project();
  mkdirSync(join(dir, '.keywarden'));
  const text = JSON.stringify({ version: 1, keys: [{ name: 'STRIPE_SECRET_KEY', provider: 'stripe', environment: 'production', storage: 'vault',
    fingerprint: legacyValueFingerprint(STRIPE), created: '2026-10-01T00:00:00.000Z', rotated: '2026-10-01T00:00:00.000Z', rotationDays: 90, status: 'active', scope: [] }] }, null, 2);
  writeFileSync(join(dir, '.keywarden/keys.json'), text);
  const list = runCli(dir, ['keys', 'list']);
  assert.equal(list.code, 2);
  assert.match(list.stderr, /keys\[0\] \(STRIPE_SECRET_KEY\): field 'storage'/);
  assert.match(list.stderr, /line \d+/);
  const add = runCli(dir, ['keys', 'add', 'B_KEY', '--provider', 'x', '--env', 'dev', '--owner', 'me'], { input: 'value-value-value' });
  assert.equal(add.code, 2);
  assert.equal(readFileSync(join(dir, '.keywarden/keys.json'), 'utf8'), text);
  assert.equal(keychain(dir, 'B_KEY'), undefined, 'nothing stored either');
});

test('.env storage: created 0600 and git-ignored; a tracked .env or an unwritable one is refused', () => {
  const dir = project();
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
  const add = runCli(dir, ['keys', 'add', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'dev', '--owner', 'me', '--storage', 'dotenv'], { input: STRIPE });
  assert.equal(add.code, 0, add.stderr);
  assert.equal(readFileSync(join(dir, '.env'), 'utf8'), `STRIPE_SECRET_KEY=${STRIPE}\n`);
  assert.equal(statSync(join(dir, '.env')).mode & 0o777, 0o600);
  assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8'), 'node_modules\n.env\n');

  execFileSync('git', ['-C', dir, 'add', '-f', '.env']);
  const tracked = runCli(dir, ['keys', 'add', 'OTHER_KEY', '--provider', 'x', '--env', 'dev', '--owner', 'me', '--storage', 'dotenv'], { input: 'other-other-other' });
  assert.equal(tracked.code, 2);
  assert.match(tracked.stderr, /tracked by git/);

  const dir2 = project();
  mkdirSync(join(dir2, '.env-dir'));
  execFileSync('rm', ['-f', join(dir2, '.env')]);
  mkdirSync(join(dir2, '.env'));
  const before = existsSync(join(dir2, '.keywarden/keys.json'));
  const bad = runCli(dir2, ['keys', 'add', 'X_KEY', '--provider', 'x', '--env', 'dev', '--owner', 'me', '--storage', 'dotenv'], { input: 'value-value-value' });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /\.env.*directory/);
  assert.equal(existsSync(join(dir2, '.keywarden/keys.json')) && inventory(dir2).keys.length > 0, before);
});

test('kill -9 in the middle of import: no value lost, a re-run converges', () => {
  const original = `# keep me\nSTRIPE_SECRET_KEY=${STRIPE}\nGITHUB_TOKEN=${GITHUB}\n`;
  for (const point of ['after-store', 'after-inventory']) {
    const dir = project(original);
    const crashed = runCli(dir, ['import'], { env: { KEYWARDEN_TEST_CRASH_AT: point } });
    assert.equal(crashed.signal, 'SIGKILL', point);
    assert.equal(readFileSync(join(dir, '.env'), 'utf8'), original, `${point}: .env keeps the plaintext until the end`);
    const again = runCli(dir, ['import']);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(readFileSync(join(dir, '.env'), 'utf8'), '# keep me\nSTRIPE_SECRET_KEY=keychain:STRIPE_SECRET_KEY\nGITHUB_TOKEN=keychain:GITHUB_TOKEN\n');
    assert.deepEqual(inventory(dir).keys.map((k) => [k.name, k.fingerprint]), [['STRIPE_SECRET_KEY', projectFingerprint(dir, STRIPE)], ['GITHUB_TOKEN', projectFingerprint(dir, GITHUB)]]);
    assert.equal(keychain(dir, 'STRIPE_SECRET_KEY'), STRIPE);
    assert.equal(keychain(dir, 'GITHUB_TOKEN'), GITHUB);
  }
});

test('kill -9 in the middle of rotate: no value lost, a re-run converges', () => {
  for (const point of ['after-previous', 'after-store']) {
    const dir = project();
    assert.equal(runCli(dir, ['keys', 'add', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'production', '--owner', 'me'], { input: STRIPE }).code, 0);
    const crashed = runCli(dir, ['rotate', 'STRIPE_SECRET_KEY'], { input: STRIPE_NEW, env: { KEYWARDEN_TEST_CRASH_AT: point } });
    assert.equal(crashed.signal, 'SIGKILL', point);
    assert.equal(keychain(dir, 'STRIPE_SECRET_KEY@previous'), STRIPE, `${point}: the old value is safe`);
    assert.equal(key(dir, 'STRIPE_SECRET_KEY').status, 'active', 'the inventory was not changed yet');
    const again = runCli(dir, ['rotate', 'STRIPE_SECRET_KEY'], { input: STRIPE_NEW });
    assert.equal(again.code, 0, again.stderr);
    assert.equal(keychain(dir, 'STRIPE_SECRET_KEY'), STRIPE_NEW);
    assert.equal(keychain(dir, 'STRIPE_SECRET_KEY@previous'), STRIPE);
    const k = key(dir, 'STRIPE_SECRET_KEY');
    assert.equal(k.status, 'rotating');
    assert.equal(k.fingerprint, projectFingerprint(dir, STRIPE_NEW));
    assert.equal((k.previous as { fingerprint: string }).fingerprint, projectFingerprint(dir, STRIPE));
    const twice = runCli(dir, ['rotate', 'STRIPE_SECRET_KEY'], { input: STRIPE_NEW });
    assert.equal(twice.code, 0, 'a third run with the same value is a no-op');
    assert.match(twice.stdout, /already rotating/);
  }
});

test('a tampered audit log: edit, remove and reorder are found by line (exit 1)', () => {
  const dir = project();
  for (const name of ['A_KEY', 'B_KEY', 'C_KEY']) {
    assert.equal(runCli(dir, ['keys', 'add', name, '--provider', 'x', '--env', 'dev', '--owner', 'me'], { input: `value-of-${name}` }).code, 0);
  }
  const file = join(dir, '.keywarden/audit.jsonl');
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const [one, two, three] = lines;
  assert.ok(one && two && three && lines.length === 3, `one audit line a key, got ${lines.length}`);
  assert.equal(runCli(dir, ['audit', 'verify']).code, 0);
  const cases: Array<[string, string[], RegExp]> = [
    ['edit', [one, two.replace('B_KEY', 'Z_KEY'), three], /line 2: edited/],
    ['remove', [one, three], /line 2: out of chain/],
    ['reorder', [two, one, three], /line 1: out of chain/],
  ];
  for (const [what, content, pattern] of cases) {
    writeFileSync(file, content.join('\n') + '\n');
    const r = runCli(dir, ['audit', 'verify']);
    assert.equal(r.code, 1, what);
    assert.match(r.stdout, pattern, what);
  }
});

test('two writers at once: every key lands (or a writer gets the clear lock error)', async () => {
  const dir = project();
  const names = ['K1', 'K2', 'K3', 'K4'];
  const results = await Promise.all(names.map((n) => kwAsync(dir, ['keys', 'add', n, '--provider', 'x', '--env', 'dev', '--owner', 'me'], `value-for-${n}-000`)));
  for (const r of results) assert.ok(r.code === 0 || /another keywarden process/.test(r.stderr), r.stderr);
  const landed = names.filter((_, i) => results[i]?.code === 0);
  assert.deepEqual(inventory(dir).keys.map((k) => k.name).sort(), landed);
  assert.equal(landed.length, names.length, 'with the default 10 s lock wait, all four land');
  assert.equal(runCli(dir, ['audit', 'verify']).code, 0, 'the audit chain survives concurrent appends');
});

test('keys reveal refuses a pipe without --force and is audited; keys show has no value', () => {
  const dir = project();
  assert.equal(runCli(dir, ['keys', 'add', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'production', '--owner', 'me'], { input: STRIPE + '\n' }).code, 0);
  const refused = runCli(dir, ['keys', 'reveal', 'STRIPE_SECRET_KEY']);
  assert.equal(refused.code, 2);
  assert.equal(refused.stdout, '');
  const forced = runCli(dir, ['keys', 'reveal', 'STRIPE_SECRET_KEY', '--force']);
  assert.equal(forced.stdout, STRIPE + '\n', 'the trailing newline from stdin was not stored');
  const show = runCli(dir, ['keys', 'show', 'STRIPE_SECRET_KEY']);
  assert.match(show.stdout, /^fingerprint:\s+scrypt:[0-9a-f]{32}$/m);
  assert.ok(!show.stdout.includes(STRIPE));
  assert.deepEqual(JSON.parse(runCli(dir, ['audit', '--json']).stdout).map((e: { action: string }) => e.action), ['add', 'reveal']);
  assert.equal(runCli(dir, ['keys', 'add', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'production', '--owner', 'me'], { input: 'x-x-x-x-x' }).code, 2, 'no overwrite');
  assert.equal(runCli(dir, ['keys', 'add', 'EMPTY', '--provider', 'x', '--env', 'dev', '--owner', 'me'], { input: '' }).code, 2, 'no empty value');
});

test('hook install writes a pre-commit hook and keeps a foreign one without --force', () => {
  const dir = project();
  const r = runCli(dir, ['hook', 'install']);
  assert.equal(r.code, 0, r.stderr);
  const hook = join(dir, '.git/hooks/pre-commit');
  assert.match(readFileSync(hook, 'utf8'), /keywarden scan --staged/);
  assert.equal(statSync(hook).mode & 0o111, 0o111);
  writeFileSync(hook, '#!/bin/sh\nmake lint\n');
  const refused = runCli(dir, ['hook', 'install']);
  assert.equal(refused.code, 2);
  assert.equal(readFileSync(hook, 'utf8'), '#!/bin/sh\nmake lint\n');
  assert.equal(runCli(dir, ['hook', 'install', '--force']).code, 0);
  assert.match(readFileSync(hook, 'utf8'), /keywarden scan --staged/);
});

test('every vault command has --help', () => {
  for (const cmd of ['keys', 'rotate', 'revoke', 'suspend', 'resume', 'run', 'import', 'audit', 'report', 'hook']) {
    const r = runCli(tmpdir(), [cmd, '--help']);
    assert.equal(r.code, 0, cmd);
    assert.match(r.stdout, new RegExp(`^Usage: keywarden ${cmd}`), cmd);
  }
});

test('keys edit changes metadata only; keys adopt records what .env already holds', () => {
  const dir = project(`STRIPE_SECRET_KEY=${STRIPE}\nGITHUB_TOKEN=keychain:GITHUB_TOKEN\n`);
  execFileSync('secret-tool', ['store', '--label', 'test', 'service', identify(dir), 'account', 'GITHUB_TOKEN'], { input: GITHUB });
  assert.equal(runCli(dir, ['keys', 'adopt', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'production']).code, 0);
  assert.equal(runCli(dir, ['keys', 'adopt', 'GITHUB_TOKEN', '--provider', 'github', '--env', 'development', '--owner', 'me']).code, 0);
  assert.deepEqual(inventory(dir).keys.map((k) => [k.name, k.storage, k.fingerprint]), [
    ['STRIPE_SECRET_KEY', 'dotenv', projectFingerprint(dir, STRIPE)], ['GITHUB_TOKEN', 'keychain', projectFingerprint(dir, GITHUB)]]);
  assert.equal(readFileSync(join(dir, '.env'), 'utf8'), `STRIPE_SECRET_KEY=${STRIPE}\nGITHUB_TOKEN=keychain:GITHUB_TOKEN\n`, 'nothing moved');
  const edited = runCli(dir, ['keys', 'edit', 'STRIPE_SECRET_KEY', '--owner', 'payments@example.com', '--scope', 'charges:write,refunds', '--rotation-days', '30']);
  assert.equal(edited.code, 0, edited.stderr);
  const k = key(dir, 'STRIPE_SECRET_KEY');
  assert.deepEqual([k.owner, k.scope, k.rotationDays, k.fingerprint], ['payments@example.com', ['charges:write', 'refunds'], 30, projectFingerprint(dir, STRIPE)]);
  assert.equal(runCli(dir, ['keys', 'edit', 'STRIPE_SECRET_KEY']).code, 2, 'nothing to change');
  assert.deepEqual(JSON.parse(runCli(dir, ['audit', '--json']).stdout).map((e: { action: string }) => e.action), ['add', 'add', 'update']);
});

// A real terminal through util-linux `script`: the value typed at the prompt is not echoed, and reveal prints it.
function inTerminal(cwd: string, args: string[], typed?: string): Promise<string> {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: cliEnv() });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (typed !== undefined && out.includes('(hidden): ')) {
        child.stdin.write(typed + '\r');
        typed = undefined;
      }
    });
    child.on('exit', () => resolve(out));
  });
}

test('a hidden prompt on a terminal: the value is not echoed; reveal prints it to a terminal', { skip: spawnSync('script', ['--version']).status !== 0 && 'util-linux script is not installed' }, async () => {
  const dir = project();
  const out = await inTerminal(dir, ['keys', 'add', 'TTY_KEY', '--provider', 'stripe', '--env', 'dev', '--owner', 'me'], STRIPE);
  assert.match(out, /Value for TTY_KEY \(hidden\): /);
  assert.match(out, /Added TTY_KEY/);
  assert.ok(!out.includes(STRIPE), 'not echoed');
  assert.equal(key(dir, 'TTY_KEY').fingerprint, projectFingerprint(dir, STRIPE));
  const revealed = await inTerminal(dir, ['keys', 'reveal', 'TTY_KEY']);
  assert.ok(revealed.includes(STRIPE));
  assert.equal(JSON.parse(readFileSync(join(dir, '.keywarden/audit.jsonl'), 'utf8').trim().split('\n').pop()!).details.via, 'terminal');
});

test('rotation of a .env key keeps the previous value as NAME_PREVIOUS until finish; revoke removes the line', () => {
  const dir = project('# config\nPORT=3000\n');
  assert.equal(runCli(dir, ['keys', 'add', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'dev', '--owner', 'me', '--storage', 'dotenv'], { input: STRIPE }).code, 0);
  assert.equal(runCli(dir, ['rotate', 'STRIPE_SECRET_KEY'], { input: STRIPE_NEW }).code, 0);
  assert.equal(readFileSync(join(dir, '.env'), 'utf8'), `# config\nPORT=3000\nSTRIPE_SECRET_KEY=${STRIPE_NEW}\nSTRIPE_SECRET_KEY_PREVIOUS=${STRIPE}\n`);
  assert.equal(runCli(dir, ['rotate', 'STRIPE_SECRET_KEY', '--finish']).code, 0);
  assert.equal(readFileSync(join(dir, '.env'), 'utf8'), `# config\nPORT=3000\nSTRIPE_SECRET_KEY=${STRIPE_NEW}\n`);
  assert.equal(runCli(dir, ['revoke', 'STRIPE_SECRET_KEY', '--reason', 'replaced by a restricted key']).code, 0);
  assert.equal(readFileSync(join(dir, '.env'), 'utf8'), '# config\nPORT=3000\n');
  assert.equal(key(dir, 'STRIPE_SECRET_KEY').status, 'revoked');
});

test('run passes a SIGTERM sent to keywarden on to the command, and returns its exit code', async () => {
  const dir = project('PORT=3000\n');
  const script = 'process.on("SIGTERM", () => { console.log("child got SIGTERM"); process.exit(3); }); console.log("ready"); setInterval(() => {}, 1000);';
  const child = spawn(process.execPath, [CLI, 'run', '--', process.execPath, '-e', script], { cwd: dir, env: cliEnv() });
  let out = '';
  await new Promise<void>((resolve) => child.stdout.on('data', (d) => { out += d; if (out.includes('ready')) resolve(); }));
  child.kill('SIGTERM');
  const [code] = await new Promise<[number | null]>((resolve) => child.on('exit', (c) => resolve([c])));
  assert.match(out, /child got SIGTERM/);
  assert.equal(code, 3);
});

test('a hung keychain: the CLI gives up within its bound, with nothing changed', async () => {
  const dir = project(`STRIPE_SECRET_KEY=${STRIPE}\n`);
  const sock = join(mkdtempSync(join(tmpdir(), 'kw-hung-')), 'bus');
  const server = createServer(() => { /* accept, never answer */ });
  await new Promise<void>((resolve) => server.listen(sock, resolve));
  try {
    const env = cliEnv({ DBUS_SESSION_BUS_ADDRESS: `unix:path=${sock}`, KEYWARDEN_KEYCHAIN_TIMEOUT_MS: '1000' });
    const r = await new Promise<Result>((resolve) => {
      const t = performance.now();
      const child = spawn(process.execPath, [CLI, 'import'], { cwd: dir, env });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (code, signal) => resolve({ code, signal, stdout: '', stderr, ms: performance.now() - t }));
    });
    assert.equal(r.code, 2);
    // It gave up because the configured timeout fired (not the default, not never): it says so, after waiting.
    assert.match(r.stderr, /did not answer within 1\.0 s/);
    assert.ok(r.ms >= 1000, `gave up after ${r.ms} ms, before the 1 s timeout`);
    assert.equal(readFileSync(join(dir, '.env'), 'utf8'), `STRIPE_SECRET_KEY=${STRIPE}\n`);
    assert.equal(existsSync(join(dir, '.keywarden/keys.json')), false);
  } finally {
    server.close();
  }
});

test('kill -9 in the middle of finish and revoke: a re-run converges', () => {
  const dir = project();
  assert.equal(runCli(dir, ['keys', 'add', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'production', '--owner', 'me'], { input: STRIPE }).code, 0);
  assert.equal(runCli(dir, ['rotate', 'STRIPE_SECRET_KEY'], { input: STRIPE_NEW }).code, 0);
  const crash = { KEYWARDEN_TEST_CRASH_AT: 'after-delete' };
  assert.equal(runCli(dir, ['rotate', 'STRIPE_SECRET_KEY', '--finish'], { env: crash }).signal, 'SIGKILL');
  assert.equal(keychain(dir, 'STRIPE_SECRET_KEY@previous'), undefined);
  assert.equal(keychain(dir, 'STRIPE_SECRET_KEY'), STRIPE_NEW, 'the current value is untouched');
  assert.equal(runCli(dir, ['rotate', 'STRIPE_SECRET_KEY', '--finish']).code, 0);
  assert.equal(key(dir, 'STRIPE_SECRET_KEY').status, 'active');

  assert.equal(runCli(dir, ['revoke', 'STRIPE_SECRET_KEY', '--reason', 'rotated out'], { env: crash }).signal, 'SIGKILL');
  assert.equal(keychain(dir, 'STRIPE_SECRET_KEY'), undefined);
  assert.equal(key(dir, 'STRIPE_SECRET_KEY').status, 'active', 'not recorded yet');
  assert.equal(runCli(dir, ['revoke', 'STRIPE_SECRET_KEY', '--reason', 'rotated out']).code, 0);
  assert.equal(key(dir, 'STRIPE_SECRET_KEY').status, 'revoked');
  assert.equal(runCli(dir, ['audit', 'verify']).code, 0);
});
