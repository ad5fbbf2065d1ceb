// Where a scan's project starts and which configuration it uses. Findings' paths, fingerprints and the
// baseline are all relative to the project root, so they do not depend on the folder the CLI runs from.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig, type KeywardenConfig } from '../detect/config';

/**
 * The nearest folder at or above `from` holding `.keywarden/` or `.git`; `from` itself when there is none.
 * `from` is the one folder being scanned if there is one (its own config applies), else the current folder.
 */
export function findRoot(cwd: string, paths: string[]): string {
  let from = cwd;
  const [only] = paths;
  if (only !== undefined && paths.length === 1) {
    const target = resolve(cwd, only);
    try {
      from = statSync(target).isDirectory() ? target : dirname(target);
    } catch {
      // A missing path is reported by the walk; the root stays the current folder.
    }
  }
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, '.keywarden')) || existsSync(resolve(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

/** `--config file` when given (relative to the current folder), else the root's `.keywarden/config.json`. */
export function loadProjectConfig(root: string, cwd: string, configFile?: string): KeywardenConfig {
  return loadConfig(root, configFile, cwd);
}
