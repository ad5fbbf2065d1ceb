// Start-up of the built CLI: each command loads only its own chunk of dist/, and the chunks and the scan
// worker are compiled through a V8 code cache that is per user, checked, and never in the way of a command.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { defaultConfig } from '../../server/detect/config';
import type { BatchRequest } from '../../server/detect/scan-batch';
import { CLI, runCli, tempProject } from '../support/cli';
import { startLsp } from '../support/lsp-client';

const DIST = join(CLI, '..');
// Built at run time so that this file holds no key: a Stripe live key shape, random enough to be reported.
const KEY = ['sk', 'live', 'Qm7vR2xT9kLp4WnB6cYd8HfJ'].join('_');

function cacheHome(): string {
  return mkdtempSync(join(tmpdir(), 'kw-cache-'));
}

/** The cache files, by bundle name. */
function cached(home: string): Map<string, string> {
  const folder = join(home, 'keywarden');
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return new Map();
  }
  return new Map(names.map((n) => [n.slice(0, n.indexOf('.js-') + 3), join(folder, n)]));
}

/** Starts dist/scan-worker.js as the pool does, has it scan an empty batch (its start-up is over), stops it. */
async function startWorker(home: string): Promise<void> {
  const worker = new Worker(join(DIST, 'scan-worker.js'), {
    workerData: { config: defaultConfig(), options: {}, fingerprints: false }, env: { ...process.env, XDG_CACHE_HOME: home },
  });
  try {
    const reply = () => new Promise<unknown>((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
    assert.deepEqual(await reply(), { ready: true });
    worker.postMessage({ id: 7, files: [], maxFileSize: 1024 } satisfies BatchRequest);
    assert.equal((await reply() as { id: number }).id, 7);
  } finally {
    await worker.terminate();
  }
}

function scan(cwd: string, env: NodeJS.ProcessEnv, ...extra: string[]) {
  const r = runCli(cwd, ['scan', '--format', 'json', ...extra], { env });
  assert.equal(r.code, 1, r.stderr);
  return (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
}

describe('CLI start-up: what each command loads', () => {
  it('--version, --help and scan work with only dist/cli.js and the detection chunk: no vault, no language server', () => {
    const dist = mkdtempSync(join(tmpdir(), 'kw-dist-'));
    for (const file of ['cli.js', 'cli-detection.js', 'scan-worker.js', 'scan-worker-code.js']) copyFileSync(join(DIST, file), join(dist, file));
    const project = tempProject({ 'pay.ts': `export const stripe = "${KEY}";\n` });
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome() } });
    assert.match(cli('--version').stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match(cli('--help').stdout, /^ {2}lsp {2}/m);
    const found = cli('scan', '--format', 'json');
    assert.equal(found.status, 1, found.stderr);
    assert.match(found.stdout, /stripe-secret-key/);
    // A command of a chunk that is missing fails as an internal error naming the file, not with a stack.
    const keys = cli('keys', 'list');
    assert.equal(keys.status, 2);
    assert.match(keys.stderr, /^keywarden keys: internal error: .*cli-vault\.js/);
  });

  it('every command still runs from dist: each answers --help from its chunk, and keys, run and lsp run', () => {
    for (const command of ['scan', 'baseline', 'keys', 'rotate', 'revoke', 'suspend', 'resume', 'run', 'import', 'audit', 'report', 'hook', 'lsp']) {
      const r = runCli(tmpdir(), [command, '--help']);
      assert.equal(r.code, 0, `${command} --help: ${r.stderr}`);
      assert.match(r.stdout, new RegExp(`^Usage: keywarden ${command}\\b`), command);
    }
    const project = tempProject({});
    assert.equal(runCli(project, ['keys', 'list']).code, 0);
    const run = runCli(project, ['run', '--', process.execPath, '-e', 'process.stdout.write("ran")']);
    assert.equal(run.stdout, 'ran', run.stderr);
    const lsp = runCli(project, ['lsp']);
    assert.equal(lsp.code, 2);
    assert.match(lsp.stderr, /^keywarden lsp: the language server needs a transport\n {2}→ run `keywarden lsp --stdio`/);
  });
});

describe('CLI start-up: the code cache', () => {
  it('is written on the first run (folder 0700, file 0600), used as it is on the second, per chunk', () => {
    const home = cacheHome();
    const project = tempProject({ 'pay.ts': `export const stripe = "${KEY}";\n` });
    assert.equal(runCli(project, ['--version'], { env: { XDG_CACHE_HOME: home } }).code, 0);
    assert.deepEqual([...cached(home).keys()], [], '--version loads no chunk');
    // Another installed version's cache for the same bundle: it stays (versions must not evict each other).
    const other = join(home, 'keywarden', `cli-detection.js-${'0'.repeat(32)}-${process.version}-${process.arch}.v8`);
    mkdirSync(join(home, 'keywarden'), { mode: 0o700 });
    writeFileSync(other, 'another build', { mode: 0o600 });
    const first = scan(project, { XDG_CACHE_HOME: home });
    assert.equal(readFileSync(other, 'utf8'), 'another build');
    rmSync(other);
    const files = cached(home);
    assert.deepEqual([...files.keys()], ['cli-detection.js']);
    const file = files.get('cli-detection.js')!;
    assert.equal(statSync(join(home, 'keywarden')).mode & 0o777, 0o700);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const before = statSync(file);
    assert.deepEqual(scan(project, { XDG_CACHE_HOME: home }), first);
    const after = statSync(file);
    assert.deepEqual([after.ino, after.mtimeMs], [before.ino, before.mtimeMs], 'V8 accepted the cache: it was not written again');
  });

  it("the scan pool's workers cache their bundle when they start, and use it the next time", async () => {
    const home = cacheHome();
    await startWorker(home);
    const file = cached(home).get('scan-worker-code.js');
    assert.ok(file, [...cached(home).keys()].join(', '));
    const before = statSync(file);
    await startWorker(home);
    const after = statSync(file);
    assert.deepEqual([after.ino, after.mtimeMs], [before.ino, before.mtimeMs]);
  });

  it('a damaged cache file is ignored (the command works) and replaced', () => {
    const home = cacheHome();
    const project = tempProject({ 'pay.ts': `export const stripe = "${KEY}";\n` });
    const first = scan(project, { XDG_CACHE_HOME: home });
    const file = cached(home).get('cli-detection.js')!;
    const good = readFileSync(file);
    for (const damaged of [Buffer.from('not bytecode'), Buffer.concat([good.subarray(0, good.length / 2), Buffer.alloc(good.length - good.length / 2, 7)])]) {
      writeFileSync(file, damaged);
      assert.deepEqual(scan(project, { XDG_CACHE_HOME: home }), first);
      const replaced = readFileSync(cached(home).get('cli-detection.js')!);
      assert.ok(!replaced.equals(damaged) && replaced.length > 1000, 'replaced by a good one');
    }
  });

  it('`keywarden lsp` moves a key to .env after an earlier run: its chunk, which loads Node modules with import(), is not compiled from the cache', async () => {
    // The move reads the file's syntax with tree-sitter, whose runtime loads Node modules with import(). On Node 20
    // a script compiled from a code cache has lost import()'s loader ("A dynamic import callback was not
    // specified"): a server started after `lsp --help` had cached the chunk could not move a key.
    const home = cacheHome();
    const root = tempProject({});
    spawnSync('git', ['init', '-q'], { cwd: root });
    assert.equal(runCli(root, ['lsp', '--help'], { env: { XDG_CACHE_HOME: home } }).code, 0);
    assert.ok(!cached(home).has('cli-editor.js'), 'the editor chunk is not cached');
    const client = await startLsp({ root, argv: [CLI, 'lsp', '--stdio'], env: { ...process.env, XDG_CACHE_HOME: home } });
    try {
      const uri = client.open('pay.js', 'javascript', `const stripe = require("stripe")("${KEY}");\n`);
      const actions = await client.codeActions(uri, (await client.current(uri)).slice(0, 1));
      const move = actions.find((a) => /to \.env$/.test(a.title))?.command;
      assert.ok(move, actions.map((a) => a.title).join(' | '));
      assert.deepEqual(await client.execute(move.command, move.arguments ?? []), { ok: true, names: ['STRIPE_SECRET_KEY'], exposed: [] });
    } finally {
      await client.stop();
    }
  });

  it('is not used in a folder others can write to, and no cache folder at all never fails a command', () => {
    const project = tempProject({ 'pay.ts': `export const stripe = "${KEY}";\n` });
    const shared = cacheHome();
    mkdirSync(join(shared, 'keywarden'));
    chmodSync(join(shared, 'keywarden'), 0o777);
    const first = scan(project, { XDG_CACHE_HOME: shared });
    assert.deepEqual(readdirSync(join(shared, 'keywarden')), [], 'nothing written where others can write');
    const aFile = join(cacheHome(), 'file');
    writeFileSync(aFile, '');
    assert.deepEqual(scan(project, { XDG_CACHE_HOME: join(aFile, 'cache') }), first, 'the folder cannot be made');
    assert.deepEqual(scan(project, { XDG_CACHE_HOME: undefined, HOME: join(aFile, 'home') }), first, 'no usable home');
    assert.deepEqual(scan(project, { XDG_CACHE_HOME: cacheHome(), KEYWARDEN_NO_CODE_CACHE: '1' }), first, 'turned off');
  });
});
