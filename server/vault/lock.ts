// A lock file for writers of `.keywarden/` files: created with O_EXCL, holding the owner's pid, host and time.
// A lock whose process is gone (same host) or that is older than STALE_MS is taken over.
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import { UserError } from '../errors';

const STALE_MS = 2 * 60_000;
const RETRY_MS = 50;
export const DEFAULT_LOCK_TIMEOUT_MS = 10_000;

interface LockInfo { pid: number; host: string; at: number }

/** Runs `fn` while holding `lockFile`; waits up to `timeoutMs` for another writer to finish. */
export async function withLock<T>(lockFile: string, fn: () => Promise<T>, timeoutMs = DEFAULT_LOCK_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await createLock(lockFile);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UserError(`cannot create the lock ${lockFile}: ${(err as NodeJS.ErrnoException).code}`, 'check that the folder is writable');
      }
      if (await removeIfStale(lockFile)) continue;
      if (Date.now() >= deadline) {
        const owner = await readLock(lockFile);
        throw new UserError(
          `another keywarden process is changing ${lockFile.replace(/\.lock$/, '')}${owner ? ` (pid ${owner.pid} on ${owner.host})` : ''}`,
          `wait for it to finish and try again; if no keywarden is running, delete ${lockFile}`,
        );
      }
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  }
  try {
    return await fn();
  } finally {
    await fs.unlink(lockFile).catch(() => undefined);
  }
}

/** Creates the lock with its owner; a lock that could not be written whole (ENOSPC) is removed, not left empty. */
async function createLock(lockFile: string): Promise<void> {
  const handle = await fs.open(lockFile, 'wx');
  try {
    await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() }));
  } catch (err) {
    await handle.close();
    await fs.unlink(lockFile).catch(() => undefined);
    throw err;
  }
  await handle.close();
}

async function readLock(lockFile: string): Promise<LockInfo | undefined> {
  try {
    return JSON.parse(await fs.readFile(lockFile, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

async function removeIfStale(lockFile: string): Promise<boolean> {
  const info = await readLock(lockFile);
  // A lock being written right now reads as empty: not stale unless old.
  const age = Date.now() - (info?.at ?? (await fs.stat(lockFile).catch(() => undefined))?.mtimeMs ?? Date.now());
  const dead = info !== undefined && info.host === hostname() && !isAlive(info.pid);
  if (!dead && age < STALE_MS) return false;
  await fs.unlink(lockFile).catch(() => undefined);
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
