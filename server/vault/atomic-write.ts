// Atomic file replacement: write a temp file beside the target, flush it, then rename over the target,
// so a reader (or a crash) sees either the old content or the new, never half a file.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors';
import { readProjectFile } from '../bounded-read';

export interface AtomicWriteOptions {
  /** Owner-only: an existing file's mode is narrowed to at most 0600 (files that hold secrets). */
  private?: boolean;
}

/**
 * Writes `text` to `file` atomically. Keeps the file's mode when it exists (narrowed to 0600 when
 * `private`), else uses `mode`. A symbolic link is followed: its target is replaced, never the link.
 */
export async function writeFileAtomic(file: string, text: string, mode = 0o600, opts: AtomicWriteOptions = {}): Promise<void> {
  const target = await followLink(file);
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw unwritable(file, 'it is a directory');
  const finalMode = existing ? existing.mode & (opts.private ? 0o600 : 0o777) : mode;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', finalMode);
    await handle.writeFile(text, 'utf8');
    await handle.chmod(finalMode); // the umask may have narrowed the mode given to open
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    if (err instanceof UserError) throw err;
    throw unwritable(file, describeFsError(err));
  }
}

/** The file a write to `file` must replace: `file` itself, or the end of its chain of symbolic links. */
async function followLink(file: string): Promise<string> {
  const link = await fs.lstat(file).catch(() => undefined);
  if (!link?.isSymbolicLink()) return file;
  try {
    return await fs.realpath(file);
  } catch (err) {
    const to = await fs.readlink(file).catch(() => '?');
    const why = (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'a loop of symbolic links' : `a symbolic link to ${to}, which does not exist`;
    throw new UserError(`cannot write ${file}: it is ${why}`, 'create the file the link points to, or replace the link with a regular file');
  }
}

/**
 * Reads a text file; undefined when it does not exist. Only a regular file under the size cap is read; other
 * failures become UserErrors naming the file (see readProjectFile).
 */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  return readProjectFile(file);
}

function unwritable(file: string, why: string): UserError {
  return new UserError(`cannot write ${file}: ${why}`, 'check that its folder exists and is writable');
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOTDIR': return 'a parent of it is not a directory';
    case 'EISDIR': return 'it is a directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOENT': return 'its folder does not exist';
    case 'EROFS': return 'the file system is read-only';
    case 'ENOSPC': return 'the disk is full';
    default: return code ?? (err as Error).message;
  }
}
