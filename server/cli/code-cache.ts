// Loads a bundle that sits beside this one (dist/) through V8's code cache: compiling a bundle from source
// costs tens of milliseconds on every start, and the bytecode V8 made for it in an earlier run a few.
// The cache is the user's own (XDG_CACHE_HOME or ~/.cache, folder keywarden, mode 0700, used only when it
// is ours and nobody else can write to it: cached bytecode is code), one file per bundle content and Node
// version. Anything wrong with it (no home, a read-only folder, data V8 rejects, a damaged file) means a
// normal compile, never a failed command. KEYWARDEN_NO_CODE_CACHE=1 turns it off.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';

/** Where the cache files go, or undefined when there is no safe place for them. */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  const base = process.platform === 'win32' ? env.LOCALAPPDATA : xdg && isAbsolute(xdg) ? xdg : homeCache();
  if (!base) return undefined;
  const folder = join(base, 'keywarden');
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    return ownedByUs(lstatSync(folder)) ? folder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `require(dist/<name>)`, compiled with the cached bytecode when there is some. The cache is written when it
 * was missing or rejected: at exit on the main thread (so it holds every function the command compiled), before
 * the bundle runs in a worker (a pool may terminate a worker as soon as it says it is ready; it sees no exit).
 */
export function loadBundle(name: string, { codeCache = true } = {}): unknown {
  const file = join(__dirname, name);
  const folder = !codeCache || process.env.KEYWARDEN_NO_CODE_CACHE ? undefined : codeCacheFolder();
  if (!folder) return createRequire(file)(file) as unknown;
  const source = readFileSync(file, 'utf8');
  const cacheFile = join(folder, `${name}-${sha256(source).toString('hex').slice(0, 32)}${cacheSuffix()}`);
  const cachedData = readCache(cacheFile);
  // Node's own CommonJS wrapper, on the first line so that line numbers in stack traces stay right.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    // No import() loader: on Node 20 one does not survive the cache, and esbuild.mjs keeps import() out of these bundles.
    filename: file, cachedData,
  });
  const stale = cachedData === undefined || script.cachedDataRejected;
  if (stale && !isMainThread) writeCache(cacheFile, name, script.createCachedData());
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (exports: unknown, req: NodeJS.Require, mod: typeof module, filename: string, dir: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  if (stale && isMainThread) process.once('exit', () => writeCache(cacheFile, name, script.createCachedData()));
  return module.exports;
}

/** Cache files kept per bundle and Node version: installed versions (a global CLI, the extension's) and builds. */
const KEPT_BUILDS = 8;

/** One Node version's files; another version's stay for it. */
function cacheSuffix(): string {
  return `-${process.version}-${process.arch}.v8`;
}

function homeCache(): string | undefined {
  try {
    const home = homedir();
    return home ? join(home, '.cache') : undefined;
  } catch {
    return undefined; // no home directory for this user
  }
}

/** Ours and writable by nobody else (Windows: the per-user LOCALAPPDATA, guarded by its ACL). */
function ownedByUs(stat: { uid: number; mode: number; isDirectory(): boolean; isFile(): boolean }): boolean {
  if (process.platform === 'win32') return true;
  return stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0;
}

function sha256(data: string | Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

/**
 * A cache file is the SHA-256 of the bytecode, then the bytecode: V8 checks its version, flags and the source's
 * length, but a release build does not checksum the data, and damaged bytecode must never reach it.
 */
function readCache(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || !ownedByUs(stat)) return undefined;
    const content = readFileSync(fd);
    const data = content.subarray(32);
    return content.length > 32 && sha256(data).equals(content.subarray(0, 32)) ? data : undefined;
  } catch {
    return undefined; // none yet, or unreadable: compile from source
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Written whole under a temporary name and renamed, so a reader never sees half a file. Other builds' files for
 * this bundle stay (two installed versions must not evict each other), up to the newest few.
 */
function writeCache(file: string, name: string, data: Buffer): void {
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([sha256(data), data]), { mode: 0o600, flag: 'wx' });
    renameSync(temp, file);
    const folder = dirname(file);
    const others = readdirSync(folder).filter((entry) => entry.startsWith(`${name}-`) && entry !== basename(file))
      .map((entry) => ({ path: join(folder, entry), stat: statSync(join(folder, entry)) }));
    // A temporary file a stopped worker left behind (not one being written now), and the builds beyond the newest.
    const stale = others.filter((o) => o.path.endsWith('.tmp') && Date.now() - o.stat.mtimeMs > 60_000);
    const builds = others.filter((o) => o.path.endsWith(cacheSuffix())).sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
    for (const o of [...stale, ...builds.slice(KEPT_BUILDS - 1)]) unlinkSync(o.path);
  } catch {
    try { unlinkSync(temp); } catch { /* never written */ }
  }
}
