// The key inventory `.keywarden/keys.json`: committed with the project, never holding a secret value.
// Validated with zod; a bad file is reported by entry and field and never overwritten. Writes are atomic
// and serialised by a lock file, so two keywarden processes cannot lose each other's changes.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { jsonErrorOffset, lineColumnAt } from '../detect/json-error';
import { UserError } from '../errors';
import { say, steps } from '../next-step';
import { readTextIfExists, writeFileAtomic } from './atomic-write';
import { DEFAULT_LOCK_TIMEOUT_MS, withLock } from './lock';

export const INVENTORY_PATH = '.keywarden/keys.json';
export const INVENTORY_VERSION = 1;

const isoDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'an ISO date such as "2026-01-31T00:00:00.000Z"');

export const KeyStatus = z.enum(['active', 'rotating', 'suspended', 'revoked']);
export type KeyStatus = z.infer<typeof KeyStatus>;

/** The value was committed to git: anyone with a clone has it until it is rotated. */
export const Exposure = z.strictObject({
  firstCommit: z.string().regex(/^[0-9a-f]{7,64}$/, 'a commit hash'),
  /** Author date of the first commit holding the value. */
  firstSeen: isoDate,
  /** How many commits added it. */
  commits: z.number().int().positive(),
  /** Files (relative to the repository) it was committed in. */
  files: z.array(z.string()),
});
export type Exposure = z.infer<typeof Exposure>;

export const KeyRecord = z.strictObject({
  /** The environment variable name; unique in the inventory. */
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name (letters, digits, _)'),
  provider: z.string().min(1),
  /** development, staging, production, or a custom one. */
  environment: z.string().min(1),
  owner: z.string().optional(),
  service: z.string().optional(),
  purpose: z.string().optional(),
  scope: z.array(z.string().min(1)).default([]),
  storage: z.enum(['keychain', 'dotenv']),
  /** The current value's fingerprint: `scrypt:` keyed with the project's salt, or the older unsalted `sha256:`. */
  fingerprint: z.string().regex(/^(?:scrypt|sha256):[0-9a-f]{32}$/, 'a fingerprint such as "scrypt:" followed by 32 hex digits'),
  created: isoDate,
  rotated: isoDate,
  rotationDays: z.number().int().positive(),
  expires: isoDate.optional(),
  lastUsed: isoDate.optional(),
  status: KeyStatus,
  /** While rotating: the previous value, kept until `revokeAfter`. */
  previous: z.strictObject({ fingerprint: z.string(), revokeAfter: isoDate }).optional(),
  /** Once revoked: when and why. */
  revoked: z.strictObject({ at: isoDate, reason: z.string() }).optional(),
  /** Set when the value was found in git history; a rotation clears it. */
  exposed: Exposure.optional(),
  /** Where a moved key was hardcoded (relative file, 1-based line). */
  origin: z.strictObject({ file: z.string(), line: z.number().int().positive() }).optional(),
});
export type KeyRecord = z.infer<typeof KeyRecord>;

const InventoryFile = z.strictObject({
  version: z.literal(INVENTORY_VERSION),
  keys: z.array(KeyRecord),
});
export type Inventory = z.infer<typeof InventoryFile>;

/** A malformed inventory: says where (entry index and name, field, line) so editors can open the fault. */
export class InventoryError extends UserError {
  constructor(message: string, readonly file: string, readonly line?: number, readonly index?: number, readonly field?: string) {
    super(message, `fix ${file}${line ? ` at line ${line}` : ''} by hand; keywarden will not overwrite it until it is valid`);
    this.name = 'InventoryError';
  }
}

export function inventoryPath(root: string): string {
  return join(root, INVENTORY_PATH);
}

export function emptyInventory(): Inventory {
  return { version: INVENTORY_VERSION, keys: [] };
}

/** Parses and validates the inventory text; `file` is only used in messages. */
export function parseInventory(text: string, file = INVENTORY_PATH): Inventory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const offset = jsonErrorOffset((err as Error).message, text);
    const line = offset === undefined ? undefined : lineAt(text, offset);
    throw new InventoryError(`${file} is not valid JSON${line ? ` (line ${line})` : ''}`, file, line);
  }
  const version = (data as { version?: unknown })?.version;
  if (typeof version === 'number' && version > INVENTORY_VERSION) {
    throw new InventoryError(`${file} has version ${version}, written by a newer keywarden`, file);
  }
  const result = InventoryFile.safeParse(data);
  if (!result.success) {
    const [issue] = result.error.issues;
    if (!issue) throw new InventoryError(`${file}: ${result.error.message}`, file); // a failed parse has an issue
    const [top, index, field] = issue.path;
    if (top === 'keys' && typeof index === 'number') {
      const name = (data as { keys: Array<{ name?: unknown }> }).keys[index]?.name;
      const label = typeof name === 'string' ? `keys[${index}] (${name})` : `keys[${index}]`;
      const fieldName = typeof field === 'string' ? field : undefined;
      const where = fieldName ? `field '${issue.path.slice(2).join('.')}'` : 'the entry';
      const line = locate(text, typeof name === 'string' ? name : undefined, fieldName);
      throw new InventoryError(`${file}: ${label}: ${where}: ${describeIssue(issue)}`, file, line, index, fieldName);
    }
    throw new InventoryError(`${file}: ${issue.path.length ? `'${issue.path.join('.')}'` : 'the file'}: ${describeIssue(issue)}`, file);
  }
  const seen = new Map<string, number>();
  result.data.keys.forEach((k, i) => {
    if (seen.has(k.name)) {
      throw new InventoryError(`${file}: keys[${i}] (${k.name}): field 'name': the name is already used by keys[${seen.get(k.name)}]`, file, locate(text, k.name, 'name'), i, 'name');
    }
    seen.set(k.name, i);
  });
  return result.data;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `missing (expected ${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

function lineAt(text: string, offset: number): number {
  return lineColumnAt(text, offset).line;
}

/** Best-effort line of an entry's field: the entry is found by its name, then the field after it. */
function locate(text: string, name: string | undefined, field: string | undefined): number | undefined {
  if (!name) return undefined;
  const at = text.search(new RegExp(`"name"\\s*:\\s*${JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  if (at < 0) return undefined;
  if (!field || field === 'name') return lineAt(text, at);
  const entryStart = text.lastIndexOf('{', at);
  const entryEnd = text.indexOf('}', at);
  const rel = text.slice(entryStart, entryEnd === -1 ? undefined : entryEnd).indexOf(`"${field}"`);
  return lineAt(text, rel >= 0 ? entryStart + rel : at);
}

/** The inventory under `root`; an empty one when the file does not exist yet. */
export async function readInventory(root: string): Promise<Inventory> {
  const file = inventoryPath(root);
  const text = await readTextIfExists(file);
  return text === undefined ? emptyInventory() : parseInventory(text, INVENTORY_PATH);
}

export interface UpdateOptions {
  lockTimeoutMs?: number;
}

/**
 * Reads the inventory under the lock, lets `fn` change it in place, and writes it back atomically when it
 * changed. `fn` may do other work under the lock (store a value first) so that steps of one operation are
 * never interleaved with another process's.
 */
export async function updateInventory<T>(root: string, fn: (inventory: Inventory) => T | Promise<T>, opts: UpdateOptions = {}): Promise<T> {
  const file = inventoryPath(root);
  await fs.mkdir(join(root, '.keywarden'), { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw new UserError(`cannot create ${join(root, '.keywarden')}: ${err.code}`, 'check that the project folder is writable');
  });
  return withLock(`${file}.lock`, async () => {
    const inventory = await readInventory(root);
    const before = serialise(inventory);
    const result = await fn(inventory);
    const after = serialise(validChange(inventory));
    if (after !== before) await writeFileAtomic(file, after, 0o644);
    return result;
  }, opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
}

/** The changed inventory as it will be written; a change that would make it invalid is refused, nothing written. */
function validChange(inventory: Inventory): Inventory {
  try {
    return parseInventory(serialise(inventory));
  } catch (err) {
    if (!(err instanceof InventoryError)) throw err;
    throw new UserError(`refused: ${err.message}`, `nothing was written to ${INVENTORY_PATH}; give a valid value`);
  }
}

function serialise(inventory: Inventory): string {
  return JSON.stringify(inventory, null, 2) + '\n';
}

export function findKey(inventory: Inventory, name: string): KeyRecord | undefined {
  return inventory.keys.find((k) => k.name === name);
}

/** The key, or a UserError that says how to see the known names. */
export function requireKey(inventory: Inventory, name: string): KeyRecord {
  const key = findKey(inventory, name);
  if (!key) throw new UserError(`no key named ${name} in ${INVENTORY_PATH}`, say`see the names ${steps.listKeys()}`);
  return key;
}
