// The project the e2e suite opens: a fresh copy in a temp folder per run (quick fixes write to disk, so the
// files are reset by construction), made a git repository so .gitignore and "tracked by git" checks are real.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './code-server';

const demo = join(repoRoot, 'test/fixtures/demo');

export interface Workspace {
  /** The workspace folder; its name is the project name, so the keychain service is `keywarden:<name>`. */
  root: string;
  name: string;
  path(relative: string): string;
  remove(): void;
}

/** Copies the demo project into `<tmp>/<name>`, adds `additions` (relative path → text), commits it all to git. */
export function createWorkspace(name: string, additions: Record<string, string> = {}): Workspace {
  if (!existsSync(demo)) throw new Error(`the demo project is missing: ${demo}`);
  const parent = mkdtempSync(join(tmpdir(), 'kw-e2e-ws-'));
  const root = join(parent, name);
  cpSync(demo, root, { recursive: true });
  for (const [relative, text] of Object.entries(additions)) {
    mkdirSync(dirname(join(root, relative)), { recursive: true });
    writeFileSync(join(root, relative), text);
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Keywarden e2e', '-c', 'user.email=e2e@keywarden.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'demo project');
  return { root, name, path: (relative) => join(root, relative), remove: () => rmSync(parent, { recursive: true, force: true }) };
}
