// The audit log `.keywarden/audit.jsonl`: one JSON entry per line, append-only and hash-chained. Each entry
// holds the previous entry's hash and its own: sha256 of its canonical JSON without `hash`. Names and
// metadata only, never a value. `verifyAudit` finds edited, removed, inserted and reordered entries
// (removing only the newest entries leaves a valid shorter chain: anchor the head elsewhere if that matters).
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { readTextIfExists } from './atomic-write';
import { withLock } from './lock';

export const AUDIT_PATH = '.keywarden/audit.jsonl';
export const GENESIS_HASH = '0'.repeat(64);

export type AuditAction =
  | 'add' | 'reveal' | 'rotate' | 'finish' | 'revoke' | 'suspend' | 'resume' | 'import' | 'run' | 'update' | 'move';

export type AuditDetails = Record<string, string | number | boolean>;

export interface AuditEntry {
  seq: number;
  ts: string;
  action: AuditAction;
  names: string[];
  user: string;
  host: string;
  details: AuditDetails;
  prevHash: string;
  hash: string;
}

export interface AuditProblem {
  line: number;
  problem: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  problems: AuditProblem[];
}

export function auditPath(root: string): string {
  return join(root, AUDIT_PATH);
}

/** JSON with object keys sorted at every level: the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { hash: _hash, ...rest } = entry;
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/** Appends one entry under the log's lock, chained to the last one. */
export async function appendAudit(
  root: string,
  event: { action: AuditAction; names: string[]; details?: AuditDetails },
  now: Date = new Date(),
): Promise<AuditEntry> {
  const file = auditPath(root);
  await fs.mkdir(join(root, '.keywarden'), { recursive: true });
  return withLock(`${file}.lock`, async () => {
    const text = (await readTextIfExists(file)) ?? '';
    const last = lastEntry(text);
    const base = {
      seq: (last?.seq ?? 0) + 1,
      ts: now.toISOString(),
      action: event.action,
      names: event.names,
      user: currentUser(),
      host: hostname(),
      details: event.details ?? {},
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const entry: AuditEntry = { ...base, hash: entryHash(base) };
    // A torn last line (a crash mid-append) stays on its own line, for verify to report.
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    const handle = await fs.open(file, 'a', 0o644);
    try {
      await handle.appendFile(sep + JSON.stringify(entry) + '\n', 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    return entry;
  });
}

function lastEntry(text: string): AuditEntry | undefined {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    // A torn or foreign line: chain to the last whole entry.
    const parsed = parseAuditLine(lines[i]);
    if (parsed && 'entry' in parsed) return parsed.entry;
  }
  return undefined;
}

/**
 * One line of the log: nothing for a blank line, the entry, or what is wrong with it (never its text). An
 * entry needs the fields every reader uses; anything else (`null`, `[]`, `{}`, a torn line) is a problem.
 */
function parseAuditLine(line: string): { entry: AuditEntry } | { problem: string } | undefined {
  if (line.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: 'not valid JSON (torn or edited)' };
  }
  const e = value as Partial<AuditEntry> | null;
  const ok = typeof e === 'object' && e !== null && !Array.isArray(e) && typeof e.seq === 'number' && typeof e.ts === 'string'
    && typeof e.action === 'string' && Array.isArray(e.names) && e.names.every((n) => typeof n === 'string')
    && typeof e.user === 'string' && typeof e.host === 'string' && typeof e.details === 'object' && e.details !== null
    && typeof e.prevHash === 'string' && typeof e.hash === 'string';
  return ok ? { entry: value as AuditEntry } : { problem: 'not an audit entry (a field is missing or of the wrong type)' };
}

/** Every readable entry in order; the lines that are not are read past, and pushed to `problems` by line. */
export async function readAudit(root: string, problems?: AuditProblem[]): Promise<AuditEntry[]> {
  const text = (await readTextIfExists(auditPath(root))) ?? '';
  const entries: AuditEntry[] = [];
  text.split('\n').forEach((line, i) => {
    const parsed = parseAuditLine(line);
    if (parsed && 'entry' in parsed) entries.push(parsed.entry);
    else if (parsed) problems?.push({ line: i + 1, problem: parsed.problem });
  });
  return entries;
}

/** Checks every line's hash and its link to the line before. */
export function verifyAuditText(text: string): AuditVerification {
  const problems: AuditProblem[] = [];
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let entries = 0;
  text.split('\n').forEach((line, i) => {
    const parsed = parseAuditLine(line);
    if (!parsed) return;
    const n = i + 1;
    if ('problem' in parsed) {
      problems.push({ line: n, problem: parsed.problem });
      return;
    }
    const entry = parsed.entry;
    entries++;
    if (typeof entry.hash !== 'string' || entryHash(entry) !== entry.hash) {
      problems.push({ line: n, problem: 'edited: its content does not match its hash' });
    }
    if (entry.prevHash !== prevHash) {
      problems.push({ line: n, problem: `out of chain: it does not follow the entry before it (an entry was removed, inserted or reordered)` });
    } else if (entry.seq !== prevSeq + 1) {
      problems.push({ line: n, problem: `sequence ${entry.seq} where ${prevSeq + 1} was expected` });
    }
    prevHash = typeof entry.hash === 'string' ? entry.hash : prevHash;
    prevSeq = typeof entry.seq === 'number' ? entry.seq : prevSeq + 1;
  });
  return { ok: problems.length === 0, entries, problems };
}

export async function verifyAudit(root: string): Promise<AuditVerification> {
  return verifyAuditText((await readTextIfExists(auditPath(root))) ?? '');
}
