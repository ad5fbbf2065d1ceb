// The built CLI in a child process, against the real keychain `npm test` starts, in a temporary git repo.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CLI } from './cli-run';

/** A loaded CI machine can make the throwaway keyring slow; the 3 s default bound is tested on its own. */
export const ENV: NodeJS.ProcessEnv = { ...process.env, KEYWARDEN_KEYCHAIN_TIMEOUT_MS: '15000' };

export interface CliResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

/** `keywarden ARGS` in `cwd`, `input` on its stdin; `env` replaces the environment (default ENV). */
export function kw(cwd: string, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input: opts.input ?? '', env: opts.env ?? ENV, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

/** A git repository `<tmp>/<random>/<name>` (so that two can share a folder name), with `.env` ignored. */
export function gitProject(name = 'app', dotenv?: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kw-')), name);
  mkdirSync(dir);
  execFileSync('git', ['init', '-q', dir]);
  writeFileSync(join(dir, '.gitignore'), '.env\n');
  if (dotenv !== undefined) writeFileSync(join(dir, '.env'), dotenv, { mode: 0o600 });
  return dir;
}

/** The value secret-tool finds under service and account, or undefined. */
export function secretTool(service: string, account: string): string | undefined {
  try {
    return execFileSync('secret-tool', ['lookup', 'service', service, 'account', account], { encoding: 'utf8' });
  } catch {
    return undefined;
  }
}
