// What users install, built and tried as they would: the .vsix (`npm run package`, no secret-scan override)
// unpacked and scanned by Keywarden; the npm tarball (`npm pack`) installed with `npm install -g` into a
// throwaway prefix and run; the pre-commit framework's hook (`pre-commit try-repo`) on a staged secret and a
// clean commit; and this repository's own scan through its committed .keywarden/config.json. Everything is
// built in a copy of the repository, so the dist/ the other tests use is never replaced mid-run.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLsp } from '../support/lsp-client';

const repo = join(__dirname, '../..');
const CLI = join(repo, 'dist/cli.js');
// Built at run time so that this file holds no key: a Stripe live key shape, random enough to be reported.
const STAGED_KEY = ['sk', 'live', 'Qm7vR2xT9kLp4WnB6cYd8HfJ'].join('_');

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A copy of the tracked (and new, unignored) files, with node_modules linked: a clean place to build. */
function copyOfRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-ship-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(repo, file))) continue; // deleted in the working tree
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(repo, file), join(dir, file));
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function git(cwd: string, ...args: string[]): void {
  ok(run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], cwd), `git ${args[0]}`);
}

function scanFindings(dir: string): unknown[] {
  const r = run('node', [CLI, 'scan', dir, '--format', 'json'], dir);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return (JSON.parse(r.stdout) as { findings: unknown[] }).findings;
}

describe('what ships', () => {
  let copy: string;
  before(() => {
    copy = copyOfRepository();
  });

  it('npm run package builds a .vsix without any secret-scan override, and Keywarden finds nothing in it', () => {
    ok(run('npm', ['run', 'package'], copy), 'npm run package');
    const unpacked = join(copy, 'vsix');
    mkdirSync(unpacked);
    ok(run('unzip', ['-q', join(copy, 'dist/keywarden.vsix'), '-d', unpacked], copy), 'unzip');
    const files = readdirSync(join(unpacked, 'extension/dist'));
    assert.ok(['server.js', 'cli.js', 'extension.js'].every((f) => files.includes(f)), files.join(', '));
    assert.ok(existsSync(join(unpacked, 'extension/node_modules/keytar/lib/keytar.js')));
    assert.deepEqual(scanFindings(unpacked), []);
  });

  it('npm pack gives a tarball that npm install -g installs and runs: scan, baseline, hook install, lsp --stdio', async () => {
    const out = join(copy, 'pack');
    mkdirSync(out);
    ok(run('npm', ['pack', '--pack-destination', out], copy), 'npm pack');
    const tarball = join(out, readdirSync(out).find((f) => f.endsWith('.tgz'))!);
    const prefix = join(copy, 'prefix');
    ok(run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball], copy), 'npm install -g');
    const installed = join(prefix, 'lib/node_modules/keywarden');
    assert.deepEqual(scanFindings(installed), [], 'the installed package holds no secret');
    const bin = join(prefix, 'bin/keywarden');
    // A host where keytar could not be installed: scanning must not need it, the vault must say what is missing.
    rmSync(join(installed, 'node_modules/keytar'), { recursive: true, force: true });

    const project = join(copy, 'project');
    mkdirSync(project);
    git(project, 'init', '-q');
    writeFileSync(join(project, 'pay.ts'), `export const stripe = "${STAGED_KEY}";\n`);
    const lsp = await startLsp({ root: project, argv: [join(installed, 'dist/cli.js'), 'lsp', '--stdio'] });
    try {
      const uri = lsp.open('pay.ts', 'typescript', `export const stripe = "${STAGED_KEY}";\n`);
      const published = await lsp.diagnostics(uri, (p) => p.diagnostics.length > 0, 20_000);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['stripe-secret-key']);
    } finally {
      await lsp.stop();
    }

    const scan = run(bin, ['scan'], project);
    assert.equal(scan.status, 1, scan.stderr);
    assert.match(scan.stdout, /stripe-secret-key/);
    assert.ok(!scan.stdout.includes(STAGED_KEY));
    ok(run(bin, ['baseline'], project), 'keywarden baseline');
    ok(run(bin, ['scan', '--baseline'], project), 'keywarden scan --baseline');
    ok(run(bin, ['hook', 'install'], project), 'keywarden hook install');
    assert.ok(existsSync(join(project, '.git/hooks/pre-commit')));

    writeFileSync(join(project, '.env'), 'SERVICE_TOKEN=Zq8vR2nT6wLp4Ks9Xy3m\n');
    const vault = run(bin, ['import', '.env'], project);
    assert.equal(vault.status, 2, vault.stdout + vault.stderr);
    assert.match(vault.stderr, /keychain library \(keytar\) could not be loaded[\s\S]*→ install Keywarden's build for this platform/);
  });

  it('the pre-commit framework hook blocks a staged secret and passes a clean commit (pre-commit try-repo)', (t) => {
    if (spawnSync('pre-commit', ['--version']).status !== 0) return t.skip('pre-commit is not installed (test/setup.sh installs it)');
    const hooks = mkdtempSync(join(tmpdir(), 'kw-hooks-'));
    // try-repo installs from a commit: make one of the copy as it stands.
    const source = copyOfRepository();
    rmSync(join(source, 'node_modules'));
    git(source, 'init', '-q');
    git(source, 'add', '-A');
    git(source, 'commit', '-qm', 'snapshot');
    const project = join(copy, 'committer');
    mkdirSync(project);
    git(project, 'init', '-q');
    const env = { PRE_COMMIT_HOME: hooks };
    writeFileSync(join(project, 'README.md'), '# clean\n');
    git(project, 'add', 'README.md');
    const clean = run('pre-commit', ['try-repo', source, 'keywarden'], project, env);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    writeFileSync(join(project, 'pay.ts'), `export const stripe = "${STAGED_KEY}";\n`);
    git(project, 'add', 'pay.ts');
    const dirty = run('pre-commit', ['try-repo', source, 'keywarden'], project, env);
    assert.equal(dirty.status, 1, dirty.stdout + dirty.stderr);
    assert.match(dirty.stdout, /stripe-secret-key/);
    assert.ok(!dirty.stdout.includes(STAGED_KEY));
  });
});

describe("this repository's own scan", () => {
  it('passes through the committed .keywarden/config.json (each allowlisted path says why)', () => {
    const r = run('node', [CLI, 'scan'], repo);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /No secrets found/);
  });

  it('still reports the demo project when it is scanned on its own', () => {
    const r = run('node', [CLI, 'scan', 'test/fixtures/demo'], repo);
    assert.equal(r.status, 1, r.stderr);
  });
});
