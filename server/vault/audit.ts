// The audit log `.keywarden/audit.jsonl`: one JSON entry per line, append-only, hash-chained and signed.
// Each entry holds the previous entry's hash and its own (sha256 of its canonical JSON without `hash` and
// `sig`), signed with the writer's device key (audit-signing.ts); the newest is recorded in the signed head
// file. Names and metadata only, never a value. `verifyAudit` finds edited, forged, removed, inserted and
// reordered entries and a cut-off end, and says who signed what; older unsigned entries are flagged.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { readTextIfExists } from './atomic-write';
import { ensureWriter, headSignatureValid, HEAD_PATH, processDeviceKey, readHead, readWriters, signText, verifyText, writeHead, WRITERS_PATH, type AuditHead, type DeviceKey, type Writer } from './audit-signing';
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
  /** The device key that signed it (`ed25519:…`, listed in writers.json); absent in older, unsigned entries. */
  signer?: string;
  /** Ed25519 signature of `hash`, base64. */
  sig?: string;
}

export interface AuditProblem {
  line: number;
  problem: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  problems: AuditProblem[];
  /** Who signed which entries (line numbers), when signatures were checked. */
  signers?: Array<{ id: string; name: string; lines: number[] }>;
  /** Lines of entries without a signature (written before signing, or by hand). */
  unsigned?: number[];
}

/** What signatures are checked against: the project's writers and the recorded head. */
export interface AuditTrust {
  writers: Map<string, Writer>;
  head?: AuditHead;
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
  const { hash: _hash, sig: _sig, ...rest } = entry;
  return createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/**
 * Appends one entry under the log's lock, chained to the last one and signed with `key` (by default this
 * user's device key from the keychain; unsigned when there is none), then records the new head.
 */
export async function appendAudit(
  root: string,
  event: { action: AuditAction; names: string[]; details?: AuditDetails },
  now: Date = new Date(),
  key?: DeviceKey | null,
): Promise<AuditEntry> {
  const file = auditPath(root);
  const signer = key === undefined ? await processDeviceKey() : key ?? undefined;
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
      signer: signer?.id,
    };
    const hash = entryHash(base);
    const entry: AuditEntry = { ...base, hash, sig: signer ? signText(signer, hash) : undefined };
    // A torn last line (a crash mid-append) stays on its own line, for verify to report.
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    const handle = await fs.open(file, 'a', 0o644);
    try {
      await handle.appendFile(sep + JSON.stringify(entry) + '\n', 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (signer) {
      await ensureWriter(root, signer, now);
      await writeHead(root, signer, entry.seq, entry.hash);
    }
    return entry;
  });
}

function lastEntry(text: string): AuditEntry | undefined {
  const lines = text.split('\n');
  for (const line of lines.reverse()) {
    // A torn or foreign line: chain to the last whole entry.
    const parsed = parseAuditLine(line);
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

/**
 * Checks every line's hash and its link to the line before; with `trust`, also every signature and the
 * recorded head (a log cut short at the end).
 */
export function verifyAuditText(text: string, trust?: AuditTrust): AuditVerification {
  const problems: AuditProblem[] = [];
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let entries = 0;
  let lastLine = 0;
  let signedSeen = false;
  const unsigned: number[] = [];
  const signers = new Map<string, { id: string; name: string; lines: number[] }>();
  const bySeq = new Map<number, string>();
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
    lastLine = n;
    const intact = typeof entry.hash === 'string' && entryHash(entry) === entry.hash;
    if (!intact) {
      problems.push({ line: n, problem: 'edited: its content does not match its hash' });
    }
    if (trust) {
      const problem = checkSignature(entry, intact, trust.writers, signedSeen, signers, n);
      if (problem) problems.push({ line: n, problem });
      if (entry.sig) signedSeen = true;
      else unsigned.push(n);
      if (typeof entry.seq === 'number') bySeq.set(entry.seq, entry.hash);
    }
    if (entry.prevHash !== prevHash) {
      problems.push({ line: n, problem: `out of chain: it does not follow the entry before it (an entry was removed, inserted or reordered)` });
    } else if (entry.seq !== prevSeq + 1) {
      problems.push({ line: n, problem: `sequence ${entry.seq} where ${prevSeq + 1} was expected` });
    }
    prevHash = typeof entry.hash === 'string' ? entry.hash : prevHash;
    prevSeq = typeof entry.seq === 'number' ? entry.seq : prevSeq + 1;
  });
  if (!trust) return { ok: problems.length === 0, entries, problems };
  const end = lastLine + 1;
  const head = trust.head;
  if (head) {
    if (!headSignatureValid(head, trust.writers)) {
      problems.push({ line: end, problem: `${HEAD_PATH} is not signed by a writer listed in ${WRITERS_PATH}: the end of the log cannot be trusted` });
    } else if (!bySeq.has(head.seq) && head.seq > prevSeq) {
      const missing = head.seq - prevSeq;
      problems.push({ line: end, problem: `truncated: the log ends at entry ${prevSeq}, but ${HEAD_PATH} records entry ${head.seq} (${missing} entr${missing === 1 ? 'y' : 'ies'} removed from the end)` });
    } else if (bySeq.has(head.seq) && bySeq.get(head.seq) !== head.hash) {
      problems.push({ line: end, problem: `entry ${head.seq}, recorded as the head in ${HEAD_PATH}, was replaced` });
    }
  } else if (signedSeen) {
    problems.push({ line: end, problem: `${HEAD_PATH} is missing: whether entries were removed from the end cannot be checked (restore it from git)` });
  }
  return { ok: problems.length === 0, entries, problems, signers: [...signers.values()], unsigned };
}

/** The problem with an entry's signature, if any; records who signed it. */
function checkSignature(entry: AuditEntry, intact: boolean, writers: Map<string, Writer>, signedSeen: boolean,
  signers: Map<string, { id: string; name: string; lines: number[] }>, line: number): string | undefined {
  if (!entry.sig || !entry.signer) {
    return signedSeen ? 'unsigned, after signed entries: not written by keywarden with a listed device key (added by hand?)' : undefined;
  }
  const writer = writers.get(entry.signer);
  if (!writer) return `signed by ${entry.signer}, a key not listed in ${WRITERS_PATH}`;
  if (intact && !verifyText(writer, entry.hash, entry.sig)) return `forged: its signature does not verify with the key of ${writer.name} (${writer.id})`;
  if (!intact) return undefined;
  const s = signers.get(writer.id) ?? { id: writer.id, name: writer.name, lines: [] };
  s.lines.push(line);
  signers.set(writer.id, s);
  return undefined;
}

export async function verifyAudit(root: string): Promise<AuditVerification> {
  const [text, writers, head] = await Promise.all([readTextIfExists(auditPath(root)), readWriters(root), readHead(root)]);
  return verifyAuditText(text ?? '', { writers, head });
}
