// `keywarden import`: moves plaintext secrets from a `.env` file into the keychain, leaving
// `NAME=keychain:NAME` references, and adds them to the inventory.
//
// Order, so that a kill anywhere loses nothing and a re-run converges: (1) every value is stored in the
// keychain and read back and (2) the inventory gets the keys (the move transaction, server/vault/move.ts,
// which also records exposure in git history); (3) only then is `.env` rewritten, atomically.
// Until (3) the plaintext is still in `.env`; a re-run stores the same values again (a no-op), finds the
// keys already in the inventory with the same fingerprint, and rewrites `.env`.
import { valueFingerprint } from '../detect/redact';
import { createScanner } from '../detect/scanner';
import { loadConfig } from '../detect/config';
import { UserError } from '../errors';
import { readTextIfExists, writeFileAtomic } from './atomic-write';
import { crashPoint } from './crash';
import { dotenvEntries, keychainReference, parseDotenv, parseKeychainReference, setDotenvValue } from './dotenv';
import { findKey, readInventory } from './inventory';
import { MoveTransaction, type MoveItem } from './move';
import type { Vault } from './vault';

/** Names that hold credentials by convention; other values are imported only when the engine sees a secret. */
const SECRET_NAME = /KEY|SECRET|TOKEN|PASSW(?:OR)?D|PWD|CREDENTIAL|AUTH|PRIVATE|DSN|SIGNING|WEBHOOK/i;

export interface ImportOptions {
  /** The `.env` file to import (absolute); the vault's own by default. */
  file?: string;
  environment: string;
  owner?: string;
  /** Import every plain value, not only the ones that look like secrets. */
  all?: boolean;
  /** Import only these names. */
  only?: string[];
}

export interface ImportResult {
  imported: string[];
  /** Already references, empty, or not secret-looking. */
  left: string[];
  conflicts: Array<{ name: string; why: string }>;
  /** Of `imported`, those git history holds: recorded as exposed. */
  exposed: string[];
  historyUnchecked?: string;
}

export async function importDotenv(vault: Vault, opts: ImportOptions): Promise<ImportResult> {
  const file = opts.file ?? vault.dotenvFile;
  const text = await readTextIfExists(file);
  if (text === undefined) throw new UserError(`${file} does not exist`, 'give the path of the .env file to import');
  const scanner = createScanner(loadConfig(vault.root));
  const result: ImportResult = { imported: [], left: [], conflicts: [], exposed: [] };
  const values = new Map<string, { value: string; provider: string }>();
  for (const e of dotenvEntries(text)) {
    const finding = scanner.scan(`${e.name}=${e.value}`, '.env')[0];
    const wanted = opts.only ? opts.only.includes(e.name) : opts.all || SECRET_NAME.test(e.name) || finding !== undefined;
    if (!e.value || parseKeychainReference(e.value) || !wanted) continue;
    values.set(e.name, { value: e.value, provider: finding?.provider ?? 'unknown' });
  }
  for (const e of dotenvEntries(text)) if (!values.has(e.name) && !result.left.includes(e.name)) result.left.push(e.name);

  const inventory = await readInventory(vault.root);
  const keychain = vault.keychain();
  const moving: MoveItem[] = [];
  for (const [name, { value, provider }] of values) {
    const existing = findKey(inventory, name);
    if (existing && existing.status !== 'revoked' && existing.fingerprint !== valueFingerprint(value)) {
      result.conflicts.push({ name, why: 'the inventory holds a different value under this name: rotate it instead' });
      continue;
    }
    const stored = await keychain.get(name);
    if (stored !== undefined && stored !== value) {
      result.conflicts.push({ name, why: `the keychain (${vault.service}) already holds another value under this name: remove it or rename the line` });
      continue;
    }
    moving.push({ name, value, provider, environment: opts.environment });
  }
  const relFile = file.startsWith(vault.root + '/') ? file.slice(vault.root.length + 1) : file;
  // import rewrites .env itself, last, so the plaintext stays until the keychain and the inventory hold the keys.
  const tx = new MoveTransaction(vault, { target: 'keychain', callerWritesDotenv: true, owner: opts.owner, audit: { action: 'import', via: 'cli', details: { file: relFile } } });
  if (moving.length > 0) {
    const outcome = await tx.prepare(moving);
    result.imported = moving.map((m) => m.name);
    result.exposed = outcome.exposed;
    result.historyUnchecked = outcome.historyUnchecked;
  }
  crashPoint('after-inventory');
  if (result.imported.length > 0) {
    // Re-read: keep any edit made to .env meanwhile; only the imported lines change.
    let next = (await readTextIfExists(file)) ?? '';
    const now = parseDotenv(next);
    for (const name of result.imported) {
      if (now[name] === values.get(name)?.value) next = setDotenvValue(next, name, keychainReference(name));
    }
    await writeFileAtomic(file, next, 0o600);
    await tx.commit();
  }
  return result;
}
