// The lines each commit added, streamed from `git log -p -U0`: what the exposure check and `scan --history`
// read. Only revisions, dates and branch names reach git's argv; values are compared in this process.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { UserError } from '../errors';
import { runGit } from './git';

export interface HistoryCommit {
  hash: string;
  /** ISO 8601 author date. */
  date: string;
  author: string;
}

export interface AddedLine {
  /** 1-based line number in the file as of the commit. */
  line: number;
  text: string;
}

/** One file of one commit: the lines it added, in order. */
export interface FilePatch {
  commit: HistoryCommit;
  file: string;
  added: AddedLine[];
}

export interface HistoryOptions {
  /** Branches or other revisions to walk; every ref (`--all`) when absent. */
  revisions?: string[];
  /** A revision (only commits after it) or a date git understands ("2026-01-01", "3 months ago"). */
  since?: string;
  signal?: AbortSignal;
}

export interface HistoryStats {
  commits: number;
  /** Bytes of patch text read from git. */
  bytes: number;
}

// A commit header no diff line can look like: diff lines start with a space, +, -, @, \ or a git header word.
const MARK = '\u0001';
const SEP = '\u001f';

/**
 * Streams every file patch of the history to `onPatch`, newest commit first. Resolves with the figures; a
 * missing repository or bad revision is a UserError; `signal` stops git and resolves with what was read.
 */
export async function readHistory(root: string, opts: HistoryOptions, onPatch: (patch: FilePatch, sofar: HistoryStats) => void): Promise<HistoryStats> {
  const range = await historyRange(root, opts);
  const args = ['-c', 'core.quotePath=false', 'log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv',
    `--format=${MARK}%H${SEP}%aI${SEP}%an`, ...range, '--'];
  const child = spawn('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const stats: HistoryStats = { commits: 0, bytes: 0 };
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { if (stderr.length < 4096) stderr += d; });
  child.stdout.on('data', (chunk: Buffer) => { stats.bytes += chunk.length; });
  const abort = () => child.kill('SIGTERM');
  opts.signal?.addEventListener('abort', abort, { once: true });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', (err) => reject(new UserError(`could not run git: ${err.message}`, 'install git and make sure it is on PATH')));
    child.on('close', (code) => resolve(code ?? 1));
  });

  let commit: HistoryCommit | undefined;
  let patch: FilePatch | undefined;
  let inHeader = false;
  let next = 0;
  const flush = () => {
    if (patch && patch.added.length > 0) onPatch(patch, stats);
    patch = undefined;
  };
  try {
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      if (line.startsWith(MARK)) {
        flush();
        const [hash = '', date = '', author = ''] = line.slice(1).split(SEP);
        commit = { hash, date, author };
        stats.commits++;
        continue;
      }
      if (!commit) continue;
      if (line.startsWith('diff --git ')) {
        flush();
        inHeader = true;
        continue;
      }
      if (inHeader) {
        if (line.startsWith('+++ ')) {
          const file = patchPath(line.slice(4));
          patch = file === undefined ? undefined : { commit, file, added: [] };
        } else if (line.startsWith('@@')) {
          inHeader = false;
          next = hunkStart(line);
        }
        continue;
      }
      if (line.startsWith('@@')) next = hunkStart(line);
      else if (line.startsWith('+')) patch?.added.push({ line: next++, text: line.slice(1) });
    }
    flush();
  } finally {
    opts.signal?.removeEventListener('abort', abort);
  }
  const code = await exited;
  if (code !== 0 && !opts.signal?.aborted) throw gitError(stderr);
  return stats;
}

/** The revisions to walk: `--all` or the given ones, limited by `since` (a revision or a date). */
async function historyRange(root: string, opts: HistoryOptions): Promise<string[]> {
  const revisions = opts.revisions?.length ? opts.revisions : ['--all'];
  for (const r of opts.revisions ?? []) {
    if (r.startsWith('-')) throw new UserError(`'${r}' is not a branch name`, 'give a branch, tag or commit');
  }
  if (!opts.since) return revisions;
  if (opts.since.startsWith('-')) throw new UserError(`'${opts.since}' is neither a revision nor a date`, 'give a commit, a tag or a date such as 2026-01-31');
  const isRevision = (await runGit(root, ['rev-parse', '--verify', '--quiet', `${opts.since}^{commit}`])).code === 0;
  return isRevision ? [...revisions, `^${opts.since}`] : [...revisions, `--since=${opts.since}`];
}

/** `b/path` (quoted when git had to escape it), or undefined for a deleted file. */
function patchPath(raw: string): string | undefined {
  if (raw === '/dev/null') return undefined;
  const path = raw.startsWith('"') ? unquote(raw) : raw;
  return path.startsWith('b/') ? path.slice(2) : path;
}

function unquote(raw: string): string {
  const bytes: number[] = [];
  const body = raw.slice(1, raw.endsWith('"') ? -1 : undefined);
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const n = body.charAt(++i);
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[n] ?? n.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `@@ -a,b +c,d @@` → c. */
function hunkStart(line: string): number {
  const m = /^@@+ [^@]*\+(\d+)/.exec(line);
  return m ? Number(m[1]) : 1;
}

function gitError(stderr: string): UserError {
  const first = stderr.split('\n').find((l) => l.trim()) ?? 'git log failed';
  if (/not a git repository/i.test(stderr)) return new UserError('this folder is not a git repository', 'run it inside a git repository, or scan the files without --history');
  if (/does not have any commits/i.test(stderr)) return new UserError('the repository has no commits yet', 'commit first, or scan the files without --history');
  if (/unknown revision|bad revision|ambiguous argument/i.test(stderr)) return new UserError(`git does not know that revision: ${first}`, 'give a branch, tag or commit that exists (see `git branch -a`)');
  return new UserError(`git log failed: ${first}`, 'check that the folder is a git repository');
}
