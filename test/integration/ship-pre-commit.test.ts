// The pre-commit framework's hook, as a user gets it: a .pre-commit-config.yaml that names the hook repository
// (hooks/pre-commit, published on its own) and a rev, `pre-commit install`, then `git commit`. pre-commit
// clones it and installs it as a node hook (`npm install` in it, `npm pack`, then `npm install -g` of that
// tarball and the hook's additional_dependencies: the keywarden package) into PRE_COMMIT_HOME, once; both
// commits reuse it. Debian's pre-commit. (This repository's own .pre-commit-hooks.yaml works too, but pre-commit
// then installs the whole dev toolchain to build it: 6 minutes under load here, so it is not in the suite.)
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyOfRepository, git, ok, repo, run, STAGED_KEY } from '../support/ship';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

/** A git repository of `dir`'s files, committed; returns its rev. */
function committed(dir: string): string {
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'snapshot');
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
}

/** In a new project using the hook from `hookRepo`: a clean commit passes, one that adds a key is blocked. */
function commitsThroughTheHook(t: TestContext, hookRepo: string, rev: string, hookOptions = ''): void {
  const project = mkdtempSync(join(tmpdir(), 'kw-committer-'));
  const home = mkdtempSync(join(tmpdir(), 'kw-pre-commit-home-'));
  // PRE_COMMIT_HOME keeps the hook's environment out of ~/.cache; npm's cache is warm after `npm ci`.
  const env = { PRE_COMMIT_HOME: home, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  const commit = (message: string) => run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', message], project, env);
  git(project, 'init', '-q');
  writeFileSync(join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: keywarden\n${hookOptions}`);
  ok(run('pre-commit', ['install'], project, env), 'pre-commit install');
  writeFileSync(join(project, 'README.md'), '# clean\n');
  git(project, 'add', '-A');
  const started = Date.now();
  const clean = commit('clean');
  t.diagnostic(`hook install + first run: ${Math.round((Date.now() - started) / 1000)} s (under the load of the other tests)`);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.ok(readdirSync(home).some((f) => f.startsWith('repo')), `the hook environment is in PRE_COMMIT_HOME: ${readdirSync(home).join(', ')}`);

  writeFileSync(join(project, 'pay.ts'), `export const stripe = "${STAGED_KEY}";\n`);
  git(project, 'add', 'pay.ts');
  const dirty = commit('add a key');
  const output = dirty.stdout + dirty.stderr;
  assert.notEqual(dirty.status, 0, output);
  assert.match(output, /keywarden \(hardcoded secrets\)\.+Failed/);
  assert.match(output, /pay\.ts:1:\d+ .*stripe-secret-key .*sk_live_…/);
  assert.ok(!output.includes(STAGED_KEY), 'the value is redacted');
  assert.equal(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: project, encoding: 'utf8' }).trim(), '1', 'the commit was blocked');
}

describe('the pre-commit framework hook', { skip: hasPreCommit ? false : 'pre-commit is not installed (test/setup.sh installs it)' }, () => {
  it('from the hook repository (hooks/pre-commit): installs the npm package only, blocks a secret, passes a clean commit', (t) => {
    const manifest = readFileSync(join(repo, 'hooks/pre-commit/.pre-commit-hooks.yaml'), 'utf8');
    const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    assert.match(manifest, new RegExp(`additional_dependencies: \\['keywarden@${version.replace(/\./g, '\\.')}'\\]`), 'the hook pins this version');
    // The registry's keywarden@<version>: this working tree, packed as `npm publish` would.
    const copy = copyOfRepository();
    const packed = join(copy, 'pack');
    mkdirSync(packed);
    ok(run('npm', ['pack', '--pack-destination', packed], copy), 'npm pack');
    const tarball = join(packed, readdirSync(packed).find((f) => f.endsWith('.tgz'))!);
    const hookRepo = mkdtempSync(join(tmpdir(), 'kw-hook-repo-'));
    cpSync(join(repo, 'hooks/pre-commit'), hookRepo, { recursive: true });
    commitsThroughTheHook(t, hookRepo, committed(hookRepo), `        additional_dependencies: ['${tarball}']\n`);
  });

});
