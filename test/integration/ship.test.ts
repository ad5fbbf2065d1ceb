// What users install, built and tried as they would: the .vsix (`npm run package`, no secret-scan override)
// unpacked and scanned by Keywarden; the npm tarball (`npm pack`) installed with `npm install -g` into a
// throwaway prefix and run; and this repository's own scan through its committed .keywarden/config.json.
// Everything is built in a copy of the repository, so the dist/ the other tests use is never replaced mid-run.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLsp } from '../support/lsp-client';
import { CLI, copyOfRepository, git, ok, repo, run, scanFindings, STAGED_KEY } from '../support/ship';

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
    // Every bundle the build made (the CLI loads its command chunks from beside cli.js), and they run from there.
    const bundles = (names: string[]) => names.filter((f) => f.endsWith('.js')).sort();
    assert.deepEqual(bundles(files), bundles(readdirSync(join(copy, 'dist'))));
    for (const command of ['scan', 'keys', 'lsp']) {
      assert.match(ok(run('node', [join(unpacked, 'extension/dist/cli.js'), command, '--help'], copy), `the packaged ${command} --help`), /^Usage: keywarden /);
    }
    assert.ok(existsSync(join(unpacked, 'extension/node_modules/keytar/lib/keytar.js')));
    assert.deepEqual(scanFindings(unpacked), []);
  });

  it('npm run package:targets builds the linux-x64 package with its keytar binary, and says why the other targets are not built', () => {
    const out = ok(run('npm', ['run', '--silent', 'package:targets'], copy), 'npm run package:targets');
    assert.match(out, /^Built: linux-x64 → dist\/keywarden-linux-x64\.vsix/m);
    for (const t of ['darwin-arm64', 'win32-x64', 'linux-arm64', 'alpine-x64']) assert.match(out, new RegExp(`^  ${t}: run .* on ${t}$`, 'm'));
    const unpacked = join(copy, 'vsix-linux-x64');
    mkdirSync(unpacked);
    ok(run('unzip', ['-q', join(copy, 'dist/keywarden-linux-x64.vsix'), '-d', unpacked], copy), 'unzip');
    assert.match(readFileSync(join(unpacked, 'extension.vsixmanifest'), 'utf8'), /TargetPlatform="linux-x64"/);
    assert.ok(existsSync(join(unpacked, 'extension/node_modules/keytar/build/Release/keytar.node')));
    assert.deepEqual(scanFindings(unpacked), []);
  });

  it('npm pack gives a tarball that npm install -g installs and runs: scan, baseline, hook install, lsp --stdio', async () => {
    const out = join(copy, 'pack');
    mkdirSync(out);
    ok(run('npm', ['pack', '--pack-destination', out], copy), 'npm pack');
    const tarball = join(out, readdirSync(out).find((f) => f.endsWith('.tgz'))!);
    // Outside the copy, whose node_modules (keytar included) module resolution would otherwise find.
    const prefix = mkdtempSync(join(tmpdir(), 'kw-prefix-'));
    ok(run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', tarball], copy), 'npm install -g');
    const installed = join(prefix, 'lib/node_modules/keywarden');
    assert.deepEqual(scanFindings(installed), [], 'the installed package holds no secret');
    const bin = join(prefix, 'bin/keywarden');
    // A host where keytar could not be installed: scanning must not need it, the vault must say what is missing.
    rmSync(join(installed, 'node_modules/keytar'), { recursive: true, force: true });

    const project = mkdtempSync(join(tmpdir(), 'kw-project-'));
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
