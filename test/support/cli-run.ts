// Runs the built `keywarden` CLI (dist/cli.js) in a folder, and makes throwaway project folders for it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const CLI = join(__dirname, '../../dist/cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runCli(cwd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): CliRun {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd, encoding: 'utf8', maxBuffer: 1 << 28, timeout: opts.timeoutMs ?? 120_000, env: { ...process.env, NO_COLOR: '', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
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
