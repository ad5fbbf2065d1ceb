// `keywarden import`: moves plaintext secrets from a `.env` file into the keychain, leaving
// `NAME=keychain:NAME` references, and adds them to the inventory.
//
// Order, so that a kill anywhere loses nothing and a re-run converges: (1) every value is stored in the
// keychain and read back and (2) the inventory gets the keys (the move transaction, server/vault/move.ts,
// which also records exposure in git history); (3) only then is `.env` rewritten, atomically.
// Until (3) the plaintext is still in `.env`; a re-run stores the same values again (a no-op), finds the
// keys already in the inventory with the same fingerprint, and rewrites `.env`.
// Names are checked before anything is stored, and a failure part-way is rolled back: the keychain never
// keeps a value of this import that the inventory does not list.
import { createScanner } from '../detect/scanner';
import { loadConfig } from '../detect/config';
import { UserError } from '../errors';
import { readTextIfExists } from './atomic-write';
import { crashPoint } from './crash';
import { dotenvEntries, entryLine, isValidEnvName, keychainReference, parseKeychainReference, setDotenvValues, writeDotenvFile, type DotenvEntry } from './dotenv';
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
  /** Lines whose name is not a valid variable name: left as they are. */
  invalid: Array<{ name: string; line: number }>;
  /** Names set on more than one line: every line is moved; an earlier, different value gets a key of its own. */
  duplicates: Array<{ name: string; lines: number[]; earlier: string[] }>;
}

export async function importDotenv(vault: Vault, opts: ImportOptions): Promise<ImportResult> {
  const file = opts.file ?? vault.dotenvFile;
  const text = await readTextIfExists(file);
  if (text === undefined) throw new UserError(`${file} does not exist`, 'give the path of the .env file to import');
  const relFile = file.startsWith(vault.root + '/') ? file.slice(vault.root.length + 1) : file;
  const scanner = createScanner(loadConfig(vault.root));
  const result: ImportResult = { imported: [], left: [], conflicts: [], exposed: [], invalid: [], duplicates: [] };
  const byName = new Map<string, DotenvEntry[]>();
  for (const e of dotenvEntries(text)) {
    if (!isValidEnvName(e.name)) result.invalid.push({ name: e.name, line: entryLine(text, e) });
    else byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  }

  const inventory = await readInventory(vault.root);
  const keychain = vault.keychain();
  const taken = new Set([...byName.keys(), ...inventory.keys.map((k) => k.name)]);
  const candidates: MoveItem[] = [];
  /** Per name, the keychain account each of its assignments will refer to (undefined: the line stays). */
  const accounts = new Map<string, Array<string | undefined>>();
  for (const [name, list] of byName) {
    const last = list.at(-1);
    if (!last) continue; // byName holds only names with at least one entry
    const finding = scanner.scan(`${name}=${last.value}`, '.env')[0];
    const wanted = opts.only ? opts.only.includes(name) : opts.all || SECRET_NAME.test(name) || finding !== undefined;
    if (!last.value || parseKeychainReference(last.value) || !wanted) {
      result.left.push(name);
      continue;
    }
    const provider = finding?.provider ?? 'unknown';
    const item = (account: string, e: DotenvEntry): MoveItem => ({ name: account, value: e.value, provider, environment: opts.environment, origin: { file: relFile, line: entryLine(text, e) } });
    candidates.push(item(name, last));
    const refs: Array<string | undefined> = list.map((e) => (!e.value || parseKeychainReference(e.value) ? undefined : name));
    if (list.length > 1) {
      const earlier: string[] = [];
      list.slice(0, -1).forEach((e, i) => {
        if (refs[i] === undefined || e.value === last.value) return;
        // dotenv reads only the last; an earlier, different value is still a secret: it gets a key of its own.
        const same = candidates.find((c) => c.value === e.value && earlier.includes(c.name));
        if (same) { refs[i] = same.name; return; }
        let account = `${name}_DUPLICATE`;
        for (let n = 2; taken.has(account); n++) account = `${name}_DUPLICATE_${n}`;
        taken.add(account);
        candidates.push(item(account, e));
        refs[i] = account;
        earlier.push(account);
      });
      result.duplicates.push({ name, lines: list.map((e) => entryLine(text, e)), earlier });
    }
    accounts.set(name, refs);
  }

  const moving: MoveItem[] = [];
  for (const it of candidates) {
    const existing = findKey(inventory, it.name);
    if (existing && existing.status !== 'revoked' && !vault.matches(it.value, existing.fingerprint)) {
      result.conflicts.push({ name: it.name, why: 'the inventory holds a different value under this name: rotate it instead' });
      continue;
    }
    const stored = await keychain.get(it.name);
    if (stored !== undefined && stored !== it.value) {
      result.conflicts.push({ name: it.name, why: `the keychain (${vault.service}) already holds another value under this name: remove it or rename the line` });
      continue;
    }
    moving.push(it);
  }
  // import rewrites .env itself, last, so the plaintext stays until the keychain and the inventory hold the keys.
  const tx = new MoveTransaction(vault, { target: 'keychain', callerWritesDotenv: true, owner: opts.owner, audit: { action: 'import', via: 'cli', details: { file: relFile } } });
  if (moving.length > 0) {
    try {
      const outcome = await tx.prepare(moving);
      result.exposed = outcome.exposed;
      result.historyUnchecked = outcome.historyUnchecked;
    } catch (err) {
      // Values stored before the failure must not stay in the keychain unrecorded.
      const left = await tx.rollback();
      if (left && err instanceof UserError) throw new UserError(err.message + '.' + left, err.advice);
      throw err;
    }
    result.imported = moving.map((m) => m.name);
  }
  crashPoint('after-inventory');
  if (result.imported.length > 0) {
    // Re-read: keep any edit made to .env meanwhile; only a name whose lines are as they were, and whose
    // values were all stored, changes.
    const moved = new Set(result.imported);
    let next = (await readTextIfExists(file)) ?? '';
    for (const [name, refs] of accounts) {
      const now = dotenvEntries(next).filter((e) => e.name === name);
      const before = byName.get(name)!;
      if (now.length !== before.length || now.some((e, i) => e.value !== before[i]?.value)) continue;
      if (!refs.every((a) => a === undefined || moved.has(a))) continue;
      next = setDotenvValues(next, name, now.map((e, i) => (refs[i] ? keychainReference(refs[i]!) : e.value)));
    }
    await writeDotenvFile(file, next);
    await tx.commit();
  }
  return result;
}
