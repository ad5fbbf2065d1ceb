// The workspace walk: .gitignore files at every level and .keywardenignore, no symlinks, size cap, binary
// detection. Reading and scanning what it yields is scan-batch.ts's one read→skip→scan loop.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readOpenFile, readProjectFile } from '../bounded-read';
import type { Logger } from '../log';
import type { KeywardenConfig } from './config';
import { hasBinaryExtension } from './file-kind';
import { compilablePatterns } from './ignore-patterns';
import { pathExcluder } from './scanner';

export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'excluded' | 'symlink' | 'not-a-file';

export interface WalkedFile {
  abs: string;
  /** Relative to the walk's root, with forward slashes. */
  rel: string;
  size: number;
}

export interface SkippedFile {
  file: string;
  reason: SkipReason;
  detail?: string;
}

export interface WalkOptions {
  config: KeywardenConfig;
  logger: Logger;
  /** Ignore .gitignore and .keywardenignore files (config exclusions still apply). */
  noIgnore?: boolean;
  /** Walk only this folder (relative to root or absolute); the ignore files above it still apply. */
  start?: string;
  /** Told about every file the walk leaves out and why. */
  onSkip?: (skipped: SkippedFile) => void;
}

const IGNORE_FILES = ['.gitignore', '.keywardenignore'];
const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn']);

interface Matcher {
  /** Folder of the ignore file, relative to root ('' for root), with a trailing slash unless root. */
  base: string;
  ig: Ignore;
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** The ignore files of one folder as a matcher; `present` (the folder's entry names) saves failed opens. */
function loadMatcher(root: string, relDir: string, logger: Logger, present?: ReadonlySet<string>): Matcher | undefined {
  let ig: Ignore | undefined;
  for (const name of IGNORE_FILES) {
    if (present && !present.has(name)) continue;
    const shown = toPosix(join(relDir, name));
    let content: string | undefined;
    try {
      // A regular file only, size-capped: an ignore file that is a FIFO or a device must not hang the walk.
      content = readProjectFile(join(root, relDir, name), shown);
    } catch (err) {
      logger.warn(`${(err as Error).message}; its patterns are not applied`);
      continue;
    }
    if (content !== undefined) (ig ??= ignore()).add(usablePatterns(content, shown, logger));
  }
  return ig ? { base: relDir ? relDir + '/' : '', ig } : undefined;
}

/** The lines of an ignore file that compile; the others (a 50,000-character line) are skipped with one warning. */
function usablePatterns(content: string, shown: string, logger: Logger): string {
  const { patterns, skipped } = compilablePatterns(content);
  if (skipped > 0) logger.warn(`${shown}: ${skipped} pattern${skipped === 1 ? '' : 's'} could not be compiled (too long or malformed) and ${skipped === 1 ? 'is' : 'are'} skipped`);
  return patterns;
}

/** gitignore semantics across nested files: the deepest file that has an opinion wins. */
function isIgnored(matchers: Matcher[], rel: string, isDir: boolean): boolean {
  let ignored = false;
  for (const m of matchers) {
    if (!rel.startsWith(m.base)) continue;
    const r = m.ig.test(rel.slice(m.base.length) + (isDir ? '/' : ''));
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}

/** Every regular file under root that is not ignored, excluded, too large, binary by extension, or a symlink. */
export async function* walkFiles(root: string, options: WalkOptions): AsyncGenerator<WalkedFile> {
  yield* walkFilesSync(root, options);
}

/**
 * walkFiles as a synchronous generator: the scan pulls files from it without a promise per file (nested async
 * generators cost a few promise hops per file and folder level, more CPU than the walk's system calls).
 */
export function* walkFilesSync(root: string, options: WalkOptions): Generator<WalkedFile> {
  const { config, logger, onSkip } = options;
  const excluded = pathExcluder(config);
  const skip = (s: SkippedFile) => onSkip?.(s);
  const startRel = options.start ? toPosix(isAbsolute(options.start) ? relative(root, options.start) : options.start).replace(/^(?:\.(?:\/|$))+|\/+$/g, '') : '';
  const matchers: Matcher[] = [];
  if (!options.noIgnore) {
    // Ignore files of the start folder's ancestors apply too.
    const parts = startRel ? startRel.split('/') : [];
    for (let i = 0; i < parts.length; i++) {
      const m = loadMatcher(root, parts.slice(0, i).join('/'), logger);
      if (m) matchers.push(m);
    }
    // A folder the user names (or scans from) is scanned even when an ignore file above it excludes it, as
    // ripgrep does; the ignore files inside it still apply.
    if (startRel && isIgnored(matchers, startRel, true)) {
      logger.info(`${startRel} is ignored by an ignore file above it; scanning it because it was asked for`);
      matchers.length = 0;
    }
  }
  yield* walkDir(startRel, matchers);

  // Sync file-system calls on purpose: a promise per entry costs more CPU than the walk itself.
  function* walkDir(relDir: string, inherited: Matcher[]): Generator<WalkedFile> {
    const absDir = join(root, relDir);
    let entries: Dirent[];
    try {
      entries = readdirSync(absDir, { withFileTypes: true });
    } catch (err) {
      logger.warn(`cannot read folder ${relDir || '.'} (${(err as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
      skip({ file: relDir || '.', reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code });
      return;
    }
    let matchers = inherited;
    if (!options.noIgnore) {
      const own = loadMatcher(root, relDir, logger, new Set(entries.filter((e) => IGNORE_FILES.includes(e.name)).map((e) => e.name)));
      if (own) matchers = [...inherited, own];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // join(root, rel) without normalising the whole path again for every entry.
    const absPrefix = absDir.endsWith(sep) ? absDir : absDir + sep;
    for (const e of entries) {
      const rel = relDir ? `${relDir}/${e.name}` : e.name;
      if (e.isSymbolicLink()) { skip({ file: rel, reason: 'symlink' }); continue; }
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(e.name) || isIgnored(matchers, rel, true) || excluded(rel + '/')) continue;
        yield* walkDir(rel, matchers);
        continue;
      }
      if (!e.isFile()) { skip({ file: rel, reason: 'not-a-file' }); continue; }
      if (isIgnored(matchers, rel, false)) continue;
      if (excluded(rel)) { skip({ file: rel, reason: 'excluded' }); continue; }
      if (hasBinaryExtension(rel)) { skip({ file: rel, reason: 'binary' }); continue; }
      const abs = absPrefix + e.name;
      let size: number;
      try {
        size = lstatSync(abs).size;
      } catch (err) {
        logger.warn(`cannot read ${rel} (${(err as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
        skip({ file: rel, reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code });
        continue;
      }
      if (size > config.maxFileSize) {
        logger.info(`${rel} is ${size} bytes, over maxFileSize (${config.maxFileSize}); skipped`);
        skip({ file: rel, reason: 'too-large', detail: `${size} bytes` });
        continue;
      }
      yield { abs, rel, size };
    }
  }
}

export type ReadResult = { text: string } | { skip: 'binary' | 'too-large' | 'unreadable'; detail: string };

const SNIFF_BYTES = 8192;
const decoder = new TextDecoder('utf-8');

/**
 * Reads a file as UTF-8 text, or says why not: NUL bytes or much invalid UTF-8 early on mean binary.
 * Synchronous on purpose: scan workers read batches of small files, where sync reads are the fastest.
 */
export function readTextFile(abs: string, maxSize = Number.POSITIVE_INFINITY): ReadResult {
  let buf: Buffer;
  let fd: number | undefined;
  try {
    // Non-blocking: a FIFO named on the command line is refused below instead of waiting for a writer.
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return { skip: 'unreadable', detail: 'not a regular file' };
    if (st.size > maxSize) return { skip: 'too-large', detail: `${st.size} bytes` };
    // Size 0 may be a file that does not know its size (procfs): read to the end. Otherwise the size fstat
    // gave (readFileSync(fd) would stat the file a second time).
    buf = st.size === 0 ? readFileSync(fd) : readOpenFile(fd, st.size);
  } catch (err) {
    return { skip: 'unreadable', detail: (err as NodeJS.ErrnoException).code ?? 'read error' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const text = decodeText(buf);
  return text === undefined ? { skip: 'binary', detail: 'binary content' } : { text };
}

const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/**
 * A file's bytes as text, or undefined for binary content. UTF-8 by default; UTF-16 (LE or BE) when it starts
 * with its byte order mark, as Windows tools write it (its NUL bytes are not a sign of binary there). Every
 * decoder drops the BOM, so offsets match the editor's, which hides it too.
 */
export function decodeText(buf: Uint8Array): string | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return utf16le.decode(buf);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return utf16be.decode(buf);
  // Fast path: decode once; only text with replacement characters gets the closer look.
  if (buf.subarray(0, SNIFF_BYTES).includes(0)) return undefined;
  const text = decoder.decode(buf);
  if (text.includes('\ufffd') && looksBinary(buf)) return undefined;
  return text;
}

/** A NUL byte in the first 8 KB, or more than 10% of it invalid UTF-8. */
export function looksBinary(buf: Uint8Array): boolean {
  const head = buf.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return true;
  // Drop a possibly cut multi-byte character at the end of the sniffed window.
  const sample = decoder.decode(head.length === SNIFF_BYTES ? head.subarray(0, SNIFF_BYTES - 3) : head);
  let bad = 0;
  for (let i = sample.indexOf('\ufffd'); i !== -1; i = sample.indexOf('\ufffd', i + 1)) bad++;
  return bad > 8 && bad > sample.length / 10;
}


/**
 * The files of some paths (relative to root or absolute; none = the whole root): folders are walked with
 * the ignore files; files named explicitly are taken as they are unless the config excludes them.
 */
export function* walkPaths(root: string, paths: readonly string[], options: WalkOptions): Generator<WalkedFile> {
  const { config, logger } = options;
  const onSkip = options.onSkip ?? (() => {});
  const isExcluded = pathExcluder(config);
  for (const p of paths.length > 0 ? paths : ['.']) {
    const abs = isAbsolute(p) ? p : join(root, p);
    const rel = toPosix(relative(root, abs)) || '.';
    let st;
    try {
      st = lstatSync(abs);
    } catch (err) {
      logger.warn(`cannot read ${rel} (${(err as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
      onSkip({ file: rel, reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code });
      continue;
    }
    if (st.isDirectory()) {
      yield* walkFilesSync(root, { ...options, start: rel === '.' ? '' : rel });
    } else if (st.isSymbolicLink()) {
      logger.warn(`${rel} is a symbolic link; not followed`);
      onSkip({ file: rel, reason: 'symlink' });
    } else if (!st.isFile()) {
      logger.warn(`${rel} is not a regular file; skipped`);
      onSkip({ file: rel, reason: 'not-a-file' });
    } else if (isExcluded(rel)) {
      onSkip({ file: rel, reason: 'excluded' });
    } else {
      yield { abs, rel, size: st.size };
    }
  }
}
