// URIs ↔ file paths, and which project root a file belongs to.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file path of a `file:` URI; undefined for other schemes (untitled buffers, remote files). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** `path` relative to `root` with forward slashes (how the CLI names files: fingerprints depend on it). */
export function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/**
 * The project root of a file: the innermost workspace folder holding it; outside any folder, the nearest
 * ancestor with `.keywarden/` or `.git`, else the file's own folder.
 */
export function projectRoot(path: string, folders: readonly string[]): string {
  const inFolder = folders.filter((f) => isInside(f, path)).sort((a, b) => b.length - a.length)[0];
  if (inFolder) return inFolder;
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.keywarden')) || existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return dirname(path);
  }
}
