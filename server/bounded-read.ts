// Reading the small files a project keeps (config, baseline, inventory, audit log) without trusting them: only
// a regular file is read (a symlink to /dev/zero, a FIFO or a socket is refused before any byte, so it can
// neither fill memory nor hang), and only up to a size cap.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { UserError } from './errors';

/** The cap for project files: far above any real config, baseline, inventory or audit log. */
export const PROJECT_FILE_MAX_BYTES = 64 * 1024 * 1024;

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The text of `path` (UTF-8), or undefined when it does not exist. `shown` names it in errors: a UserError when
 * it is not a regular file, is larger than `maxBytes` or cannot be read.
 */
export function readProjectFile(path: string, shown = path, maxBytes = PROJECT_FILE_MAX_BYTES): string | undefined {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new UserError(`${shown} could not be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? 'error'})`, `Check ${shown} and its permissions.`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      throw new UserError(`${shown} is ${kindOf(st)}, not a regular file; it was not read`, `Replace ${shown} with a regular file (or remove it).`);
    }
    if (st.size > maxBytes) {
      throw new UserError(`${shown} is ${(st.size / 1048576).toFixed(1)} MB, over the ${Math.round(maxBytes / 1048576)} MB such a file may have; it was not read`,
        `Check ${shown}: it should be a small JSON or text file.`);
    }
    return readOpenFile(fd, st.size).toString('utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${shown} could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, `Check ${shown} and its permissions.`);
  } finally {
    closeSync(fd);
  }
}

/** The first `size` bytes of an open file (its size from fstat), fewer if it shrank since. */
export function readOpenFile(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafeSlow(size);
  let length = 0;
  while (length < size) {
    const n = readSync(fd, buf, length, size - length, length);
    if (n === 0) break;
    length += n;
  }
  return length === size ? buf : buf.subarray(0, length);
}
