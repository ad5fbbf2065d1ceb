// What `keywarden run` injects: the project's active keys, from the keychain and `.env` (a `.env` line
// `NAME=keychain:NAME` resolves through the keychain), filtered by environment. Values stay in memory.
import type { Logger } from '../log';
import { appendAudit } from './audit';
import { parseKeychainReference, readDotenv } from './dotenv';
import { readInventory, updateInventory, type KeyRecord } from './inventory';
import type { Vault } from './vault';

export interface InjectOptions {
  /** Only inventory keys of this environment (keys `.env` holds that the inventory does not know are kept). */
  environment?: string;
  logger: Logger;
}

export interface Injection {
  vars: Record<string, string>;
  /** Inventory keys whose values are injected (their lastUsed is recorded). */
  keys: string[];
  skipped: Array<{ name: string; why: string }>;
}

export async function resolveInjection(vault: Vault, opts: InjectOptions): Promise<Injection> {
  const inventory = await readInventory(vault.root);
  const byName = new Map(inventory.keys.map((k) => [k.name, k]));
  const dotenv = await readDotenv(vault.dotenvFile);
  const out: Injection = { vars: {}, keys: [], skipped: [] };
  const excluded = (k: KeyRecord | undefined): string | undefined => {
    if (!k) return undefined;
    if (k.status === 'suspended' || k.status === 'revoked') return k.status;
    if (opts.environment && k.environment !== opts.environment) return `environment ${k.environment}`;
    return undefined;
  };
  const fromKeychain = async (name: string, account: string): Promise<string | undefined> => {
    const value = await vault.keychain().get(account);
    if (value === undefined) out.skipped.push({ name, why: `the keychain has no value for ${account}` });
    return value;
  };
  for (const [name, raw] of Object.entries(dotenv)) {
    const key = byName.get(name);
    const why = excluded(key);
    if (why) { out.skipped.push({ name, why }); continue; }
    const account = parseKeychainReference(raw);
    const value = account ? await fromKeychain(name, account) : raw;
    if (value === undefined) continue;
    out.vars[name] = value;
    if (key) out.keys.push(name);
  }
  for (const key of inventory.keys) {
    if (key.name in dotenv || key.storage !== 'keychain') continue;
    const why = excluded(key);
    if (why) { out.skipped.push({ name: key.name, why }); continue; }
    const value = await fromKeychain(key.name, key.name);
    if (value === undefined) continue;
    out.vars[key.name] = value;
    out.keys.push(key.name);
  }
  for (const s of out.skipped) opts.logger.debug(`not injecting ${s.name}: ${s.why}`);
  return out;
}

/**
 * Records that `names` were used now (inventory lastUsed) and appends a `run` audit entry. Bookkeeping only:
 * what could not be written (a read-only `.keywarden/`, a full disk) is returned, for one warning, and the
 * caller goes on. A run that used no inventory key records nothing: a project with no keys gets no state.
 */
export async function recordUse(vault: Vault, names: string[], details: Record<string, string>): Promise<string[]> {
  const failed: string[] = [];
  if (names.length === 0) return failed;
  const now = vault.now().toISOString();
  const used = new Set(names);
  await updateInventory(vault.root, (inv) => {
    for (const k of inv.keys) if (used.has(k.name)) k.lastUsed = now;
  }).catch((err: Error) => failed.push(`lastUsed in keys.json (${err.message})`));
  await appendAudit(vault.root, { action: 'run', names, details }, vault.now())
    .catch((err: Error) => failed.push(`the audit entry (${err.message})`));
  return failed;
}
