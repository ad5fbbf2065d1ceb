// `keywarden hook install`: a git pre-commit hook that scans the staged changes for secrets.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors';
import { readTextIfExists } from './atomic-write';
import { gitHooksDir } from './git';

const MARKER = '# installed by keywarden';

export const PRE_COMMIT_HOOK = `#!/bin/sh
${MARKER}: blocks commits that add hardcoded secrets (remove this file to stop).
if command -v keywarden >/dev/null 2>&1; then
  exec keywarden scan --staged
fi
exec npx --no-install keywarden scan --staged
`;

/** Writes the hook; an existing hook that is not ours is kept unless `force`. Returns the hook's path. */
export async function installHook(root: string, force = false): Promise<{ path: string; replaced: boolean }> {
  const dir = await gitHooksDir(root);
  if (!dir) throw new UserError(`${root} is not a git repository`, 'run `git init` first, or run this inside the repository');
  const path = join(dir, 'pre-commit');
  const existing = await readTextIfExists(path);
  if (existing !== undefined && !existing.includes(MARKER) && !force) {
    throw new UserError(`a pre-commit hook already exists at ${path}`,
      'add `keywarden scan --staged` to it yourself, or replace it with `keywarden hook install --force`');
  }
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path, PRE_COMMIT_HOOK, { mode: 0o755 });
  await fs.chmod(path, 0o755);
  return { path, replaced: existing !== undefined };
}
