// Signatures for the audit log. Each user has a device key (Ed25519, node:crypto) kept in the OS keychain;
// every entry is signed with it, and the project lists its writers' public keys in `.keywarden/writers.json`
// (committed). The newest entry is recorded, signed, in `.keywarden/audit-head.json` (committed with the
// inventory), so a log cut short is found too. Without the private key nobody can add, change, remove or
// reorder an entry and recompute the chain: the signatures would not verify.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { readTextIfExists, writeFileAtomic } from './atomic-write';
import { createKeychainStore, DEFAULT_KEYCHAIN_TIMEOUT_MS } from './keychain';
import type { SecretStore } from './store';

export const WRITERS_PATH = '.keywarden/writers.json';
export const HEAD_PATH = '.keywarden/audit-head.json';
/** The keychain service and account of this user's device key: one per user, for every project. */
export const DEVICE_SERVICE = 'keywarden-device';
const DEVICE_ACCOUNT = 'audit-signing-key';

export interface DeviceKey {
  /** `ed25519:` + 16 hex digits of the public key's sha256. */
  id: string;
  /** user@host, for people reading `audit verify`. */
  name: string;
  /** SPKI DER, base64. */
  publicKey: string;
  privateKey: KeyObject;
}

const Writer = z.object({ id: z.string(), name: z.string(), publicKey: z.string(), added: z.string().optional() });
const WritersFile = z.object({ version: z.literal(1), writers: z.array(Writer) });
export type Writer = z.infer<typeof Writer>;

const HeadFile = z.object({ version: z.literal(1), seq: z.number().int().nonnegative(), hash: z.string(), signer: z.string(), sig: z.string() });
export type AuditHead = z.infer<typeof HeadFile>;

export function deviceName(): string {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
  return `${user}@${hostname()}`;
}

function keyId(publicKey: string): string {
  return 'ed25519:' + createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
}

function fromPrivate(pkcs8: string, name: string): DeviceKey {
  const privateKey = createPrivateKey({ key: Buffer.from(pkcs8, 'base64'), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
  return { id: keyId(publicKey), name, publicKey, privateKey };
}

/** This user's device key from the keychain, created (and read back) on first use. */
export async function loadDeviceKey(store: SecretStore): Promise<DeviceKey> {
  const read = async () => {
    const raw = await store.get(DEVICE_ACCOUNT);
    if (raw === undefined) return undefined;
    const { privateKey, name } = JSON.parse(raw) as { privateKey: string; name: string };
    return fromPrivate(privateKey, name);
  };
  const existing = await read();
  if (existing) return existing;
  const { privateKey } = generateKeyPairSync('ed25519');
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  await store.set(DEVICE_ACCOUNT, JSON.stringify({ privateKey: pkcs8, name: deviceName() }));
  // Two processes creating one at once: both go on with whichever the keychain kept.
  return (await read())!;
}

let processKey: Promise<DeviceKey | undefined> | undefined;

/**
 * The device key of this process's user, or undefined when the keychain cannot be reached (entries are then
 * written unsigned, and `audit verify` says so). Looked up once per process.
 */
export function processDeviceKey(env: NodeJS.ProcessEnv = process.env): Promise<DeviceKey | undefined> {
  processKey ??= (async () => {
    const timeout = Number(env.KEYWARDEN_KEYCHAIN_TIMEOUT_MS);
    const store = createKeychainStore({ service: DEVICE_SERVICE, env, timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_KEYCHAIN_TIMEOUT_MS });
    try {
      return await loadDeviceKey(store);
    } catch {
      return undefined;
    }
  })();
  return processKey;
}

export function signText(key: DeviceKey, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
}

export function verifyText(writer: Writer, text: string, sig: string): boolean {
  try {
    const publicKey = createPublicKey({ key: Buffer.from(writer.publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(text, 'utf8'), publicKey, Buffer.from(sig, 'base64'));
  } catch {
    return false;
  }
}

/** The project's writers by key id; none when the file does not exist. */
export async function readWriters(root: string): Promise<Map<string, Writer>> {
  const text = await readTextIfExists(join(root, WRITERS_PATH));
  if (text === undefined) return new Map();
  const parsed = WritersFile.safeParse(safeJson(text));
  return new Map(parsed.success ? parsed.data.writers.map((w) => [w.id, w]) : []);
}

/** Lists the device key among the project's writers (once); true when it was added. */
export async function ensureWriter(root: string, key: DeviceKey, now: Date): Promise<boolean> {
  const writers = await readWriters(root);
  if (writers.has(key.id)) return false;
  const list = [...writers.values(), { id: key.id, name: key.name, publicKey: key.publicKey, added: now.toISOString() }];
  await writeFileAtomic(join(root, WRITERS_PATH), JSON.stringify({ version: 1, writers: list }, null, 2) + '\n', 0o644);
  return true;
}

function headText(seq: number, hash: string): string {
  return `keywarden-audit-head\0${seq}\0${hash}`;
}

export async function writeHead(root: string, key: DeviceKey, seq: number, hash: string): Promise<void> {
  const head: AuditHead = { version: 1, seq, hash, signer: key.id, sig: signText(key, headText(seq, hash)) };
  await writeFileAtomic(join(root, HEAD_PATH), JSON.stringify(head, null, 2) + '\n', 0o644);
}

export async function readHead(root: string): Promise<AuditHead | undefined> {
  const text = await readTextIfExists(join(root, HEAD_PATH));
  if (text === undefined) return undefined;
  const parsed = HeadFile.safeParse(safeJson(text));
  return parsed.success ? parsed.data : undefined;
}

export function headSignatureValid(head: AuditHead, writers: Map<string, Writer>): boolean {
  const writer = writers.get(head.signer);
  return writer !== undefined && verifyText(writer, headText(head.seq, head.hash), head.sig);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
