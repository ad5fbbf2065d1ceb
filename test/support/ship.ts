// Building and installing what ships, for the packaging tests: a clean copy of the repository to build in,
// and small process helpers.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repo = join(__dirname, '../..');
export const CLI = join(repo, 'dist/cli.js');
// Built at run time so that this file holds no key: a Stripe live key shape, random enough to be reported.
export const STAGED_KEY = ['sk', 'live', 'Qm7vR2xT9kLp4WnB6cYd8HfJ'].join('_');

export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });
}

export function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A copy of the tracked (and new, unignored) files, with node_modules linked: a clean place to build. */
export function copyOfRepository(): string {
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

export function git(cwd: string, ...args: string[]): void {
  ok(run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], cwd), `git ${args[0]}`);
}

export function scanFindings(dir: string): unknown[] {
  const r = run('node', [CLI, 'scan', dir, '--format', 'json'], dir);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return (JSON.parse(r.stdout) as { findings: unknown[] }).findings;
}
