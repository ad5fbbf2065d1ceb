// The pre-commit framework's hook, as a user's .pre-commit-config.yaml gets it: `pre-commit try-repo` clones
// this repository, installs it as a node hook (npm install, then `npm pack`, whose prepack builds dist/, then
// npm install -g), and runs `keywarden scan --staged`. Debian's pre-commit, from test/setup.sh.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyOfRepository, git, run, STAGED_KEY } from '../support/ship';

it('the pre-commit framework hook blocks a staged secret and passes a clean commit (pre-commit try-repo)', (t) => {
  if (spawnSync('pre-commit', ['--version']).status !== 0) return t.skip('pre-commit is not installed (test/setup.sh installs it)');
  const hooks = mkdtempSync(join(tmpdir(), 'kw-hooks-'));
  // try-repo installs from a commit: make one of the working tree as it stands.
  const source = copyOfRepository();
  // What a clone has: no node_modules (pre-commit installs them, and `npm pack` builds dist/).
  rmSync(join(source, 'node_modules'));
  git(source, 'init', '-q');
  git(source, 'add', '-A');
  git(source, 'commit', '-qm', 'snapshot');
  const project = mkdtempSync(join(tmpdir(), 'kw-committer-'));
  git(project, 'init', '-q');
  // npm's cache is warm after `npm ci`: use it rather than ask the registry about every package again.
  const env = { PRE_COMMIT_HOME: hooks, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
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
