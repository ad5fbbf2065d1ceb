// The few git questions the vault asks: is a file tracked, is it ignored, and making sure `.env` is ignored.
import { execFile } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import type { DotenvStanding } from '../shared/dotenv-hint';
import { readProjectFile } from '../bounded-read';
import { ignoreFrom } from '../detect/ignore-patterns';
import { readTextIfExists, writeFileAtomic } from './atomic-write';

/** Runs git in `root` with arguments that never hold a secret; resolves with its exit code and stdout. */
export function runGit(root: string, args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 128) : 0;
      resolve({ code, stdout });
    });
  });
}

function rel(root: string, file: string): string {
  return relative(root, resolve(root, file)).split('\\').join('/');
}

/** Whether git tracks `file` (relative to `root` or absolute). False outside a git repository. */
export async function isGitTracked(root: string, file: string): Promise<boolean> {
  return (await runGit(root, ['ls-files', '--error-unmatch', '--', rel(root, file)])).code === 0;
}

/** Whether `file` is ignored: by git when `root` is a repository, else by `root/.gitignore` alone. */
export async function isGitIgnored(root: string, file: string): Promise<boolean> {
  const { code } = await runGit(root, ['check-ignore', '-q', '--', rel(root, file)]);
  if (code === 0 || code === 1) return code === 0;
  // Outside a repository: root/.gitignore alone, read as the walk reads it (a regular file, size-capped,
  // lines that do not compile left out). One it cannot read ignores nothing.
  let rules: string | undefined;
  try {
    rules = readProjectFile(join(root, '.gitignore'));
  } catch {
    rules = undefined;
  }
  return ignoreFrom(rules ?? '').ignores(rel(root, file));
}

/** Where a .env stands with git: tracked, ignored, or neither (a leak in waiting). */
export async function dotenvStanding(root: string, file: string): Promise<DotenvStanding> {
  if (await isGitTracked(root, file)) return 'tracked';
  return (await isGitIgnored(root, file)) ? 'ignored' : 'unignored';
}

/** Adds `entry` to `root/.gitignore` unless it is already ignored; true when a line was added. */
export async function ensureGitignored(root: string, entry = '.env'): Promise<boolean> {
  if (await isGitIgnored(root, entry)) return false;
  const file = join(root, '.gitignore');
  const text = (await readTextIfExists(file)) ?? '';
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  await writeFileAtomic(file, `${text}${sep}${entry}\n`, 0o644);
  return true;
}

/** Files git tracks, relative to `root`; undefined outside a repository. */
export async function gitTrackedFiles(root: string): Promise<string[] | undefined> {
  const { code, stdout } = await runGit(root, ['ls-files', '-z']);
  if (code !== 0) return undefined;
  return [...new Set(stdout.split('\0').filter(Boolean))];
}

/** The hooks folder (honours core.hooksPath); undefined outside a repository. */
export async function gitHooksDir(root: string): Promise<string | undefined> {
  const { code, stdout } = await runGit(root, ['rev-parse', '--path-format=absolute', '--git-path', 'hooks']);
  return code === 0 ? stdout.trim() : undefined;
}

/** Who the commits would be by (`user.name <user.email>`, either alone), the default owner of a moved key. */
export async function gitUser(root: string): Promise<string | undefined> {
  const [name, email] = await Promise.all([runGit(root, ['config', 'user.name']), runGit(root, ['config', 'user.email'])]);
  const n = name.code === 0 ? name.stdout.trim() : '';
  const e = email.code === 0 ? email.stdout.trim() : '';
  return n && e ? `${n} <${e}>` : n || e || undefined;
}
