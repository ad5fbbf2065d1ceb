// Degrade, don't fail: `run` starts the program when only its bookkeeping cannot be written (a read-only
// `.keywarden/`), and a lock that could not be written (a full disk) leaves nothing behind. Both need a
// mount namespace (unshare -m, as root): a read-only bind mount and a one-page tmpfs.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI, runCli } from '../support/cli';
import { only } from '../support/defined';

const canUnshare = spawnSync('unshare', ['-m', 'true']).status === 0;
const skip = canUnshare ? false : 'needs `unshare -m` (root, util-linux)';

/** Runs `script` (sh) in a private mount namespace. */
function inNamespace(script: string, cwd: string) {
  return spawnSync('unshare', ['-m', 'sh', '-c', script], { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('degrading instead of failing', { skip }, () => {
  it('run with a read-only .keywarden starts the program, with one warning', () => {
    const root = mkdtempSync(join(tmpdir(), 'kw-ro-'));
    mkdirSync(join(root, '.keywarden'));
    execFileSync('git', ['init', '-q'], { cwd: root });
    writeFileSync(join(root, '.env'), 'API_KEY=abc123def456\n', { mode: 0o600 });
    writeFileSync(join(root, '.gitignore'), '.env\n');
    // A key the inventory knows: a run that injects none records nothing, so it would have nothing to warn about.
    const adopt = runCli(root, ['keys', 'adopt', 'API_KEY', '--provider', 'acme', '--env', 'development', '--owner', 'me']);
    assert.equal(adopt.code, 0, adopt.stderr);
    const kw = join(root, '.keywarden');
    const r = inNamespace(`mount --bind '${kw}' '${kw}' && mount -o remount,bind,ro '${kw}' && exec '${process.execPath}' '${CLI}' run -- '${process.execPath}' -e 'console.log(process.env.API_KEY)'`, root);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'abc123def456');
    const warning = only(r.stderr.split('\n').filter((l) => l.includes('warning')), `warning in:\n${r.stderr}`);
    assert.match(warning, /not recorded: .*EROFS.*the program runs anyway/);
  });

  it('a lock that cannot be written on a full disk is removed, so it blocks no later writer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-full-'));
    const script = `import('${join(__dirname, '../../server/vault/lock.ts')}').then((m) => (m.default ?? m).withLock('${dir}/keys.json.lock', async () => {}))`
      + `.then(() => console.log('locked'), (e) => console.log('failed: ' + e.message))`;
    const r = inNamespace(`mount -t tmpfs -o size=4k tmpfs '${dir}' && dd if=/dev/zero of='${dir}/fill' bs=4096 count=1 2>/dev/null; `
      + `'${process.execPath}' --import tsx -e "${script}" && ls -a '${dir}'`, join(__dirname, '../..'));
    assert.match(r.stdout, /failed: cannot create the lock .*ENOSPC/, r.stderr);
    // Listed inside the namespace, where the full tmpfs is mounted.
    assert.doesNotMatch(r.stdout, /^keys\.json\.lock$/m, 'the empty lock was left behind');
    assert.match(r.stdout, /^fill$/m);
  });
});
