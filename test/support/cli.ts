// The built `keywarden` CLI (dist/cli.js) in a child process, and throwaway project folders to run it in.
// Vault commands reach the real keychain `npm test` starts.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const CLI = join(__dirname, '../../dist/cli.js');

/**
 * The environment the CLI runs in: this process's, with no NO_COLOR inherited (reports are compared as
 * plain text) and a patient keychain bound (a loaded CI machine can make the throwaway keyring slow; the 3 s
 * default is tested on its own). `overrides` set variables; an undefined one is removed.
 */
export function cliEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '', KEYWARDEN_KEYCHAIN_TIMEOUT_MS: '15000', ...overrides };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  return env;
}

export interface CliResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

export interface CliOptions {
  /** What the CLI reads on stdin (default: nothing, at once end of input). */
  input?: string;
  /** Variables set (or, undefined, removed) on top of `cliEnv()`. */
  env?: NodeJS.ProcessEnv;
  /** Killed (SIGTERM) after this long; default 120 s. */
  timeoutMs?: number;
}

/** `keywarden ARGS` in `cwd`, to completion. */
export function runCli(cwd: string, args: string[], opts: CliOptions = {}): CliResult {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd, input: opts.input ?? '', env: cliEnv(opts.env), encoding: 'utf8', maxBuffer: 1 << 28, timeout: opts.timeoutMs ?? 120_000,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

/** runCli without blocking this process: for several at once, or when the CLI talks to a server in this process. */
export function runCliAsync(cwd: string, args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: cliEnv(opts.env), timeout: opts.timeoutMs ?? 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
    child.stdin.end(opts.input ?? '');
  });
}

const temps: string[] = [];
process.on('exit', () => { for (const t of temps) rmSync(t, { recursive: true, force: true }); });

/** A temp project (`.keywarden/` marks its root) holding `files`, path → text or bytes. */
export function tempProject(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-cli-'));
  temps.push(root);
  mkdirSync(join(root, '.keywarden'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
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
