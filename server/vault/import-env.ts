// `keywarden import`: moves plaintext secrets from a `.env` file into the keychain, leaving
// `NAME=keychain:NAME` references, and adds them to the inventory.
//
// Order, so that a kill anywhere loses nothing and a re-run converges: (1) every value is stored in the
// keychain and read back; (2) the inventory gets the keys; (3) only then is `.env` rewritten, atomically.
// Until (3) the plaintext is still in `.env`; a re-run stores the same values again (a no-op), finds the
// keys already in the inventory with the same fingerprint, and rewrites `.env`.
// Names are checked before anything is stored, and a failure part-way still records what was stored:
// the keychain never holds a value of this import that the inventory does not list.
import { createScanner } from '../detect/scanner';
import { loadConfig } from '../detect/config';
import { UserError } from '../errors';
import { readTextIfExists } from './atomic-write';
import { appendAudit } from './audit';
import { crashPoint } from './crash';
import { dotenvEntries, entryLine, isValidEnvName, keychainReference, parseKeychainReference, setDotenvValues, uniqueName, writeDotenvFile } from './dotenv';
import { findKey, updateInventory } from './inventory';
import { newRecord, storeVerified } from './lifecycle';
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
  /** Lines whose name is not a valid variable name: left as they are. */
  invalid: Array<{ name: string; line: number }>;
  /** Names set on more than one line: every line is moved; an earlier, different value gets a key of its own. */
  duplicates: Array<{ name: string; lines: number[]; earlier: string[] }>;
}

/** One value to store: the key it becomes, and the `.env` assignments (by index among the name's) it replaces. */
interface Planned {
  name: string;
  account: string;
  value: string;
  provider: string;
  purpose?: string;
}

export async function importDotenv(vault: Vault, opts: ImportOptions): Promise<ImportResult> {
  const file = opts.file ?? vault.dotenvFile;
  const text = await readTextIfExists(file);
  if (text === undefined) throw new UserError(`${file} does not exist`, 'give the path of the .env file to import');
  const scanner = createScanner(loadConfig(vault.root));
  const result: ImportResult = { imported: [], left: [], conflicts: [], invalid: [], duplicates: [] };
  const entries = dotenvEntries(text);
  const byName = new Map<string, typeof entries>();
  for (const e of entries) {
    if (!isValidEnvName(e.name)) {
      result.invalid.push({ name: e.name, line: entryLine(text, e) });
      continue;
    }
    byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  }

  const taken = new Set([...byName.keys()]);
  const planned: Planned[] = [];
  /** Per name, the keychain account each of its assignments will refer to (undefined: left as it is). */
  const accounts = new Map<string, Array<string | undefined>>();
  for (const [name, list] of byName) {
    const last = list[list.length - 1];
    const finding = scanner.scan(`${name}=${last.value}`, '.env')[0];
    const wanted = opts.only ? opts.only.includes(name) : opts.all || SECRET_NAME.test(name) || finding !== undefined;
    if (!last.value || parseKeychainReference(last.value) || !wanted) {
      result.left.push(name);
      continue;
    }
    const provider = finding?.provider ?? 'unknown';
    planned.push({ name, account: name, value: last.value, provider });
    const refs: Array<string | undefined> = list.map(() => name);
    if (list.length > 1) {
      const earlier: string[] = [];
      list.slice(0, -1).forEach((e, i) => {
        if (!e.value || parseKeychainReference(e.value) || e.value === last.value) return;
        const same = planned.find((p) => p.value === e.value && p.purpose?.startsWith(`an earlier value of ${name} `));
        if (same) { refs[i] = same.account; return; }
        const account = uniqueName(taken, `${name}_DUPLICATE`);
        taken.add(account);
        planned.push({ name: account, account, value: e.value, provider, purpose: `an earlier value of ${name} in .env (line ${entryLine(text, e)}), which dotenv does not read` });
        refs[i] = account;
        earlier.push(account);
      });
      result.duplicates.push({ name, lines: list.map((e) => entryLine(text, e)), earlier });
    }
    accounts.set(name, refs);
  }

  const stored = new Set<string>();
  let failure: unknown;
  await updateInventory(vault.root, async (inv) => {
    const keychain = vault.keychain();
    for (const p of planned) {
      const existing = findKey(inv, p.name);
      if (existing && existing.status !== 'revoked' && !vault.matches(p.value, existing.fingerprint)) {
        result.conflicts.push({ name: p.name, why: 'the inventory holds a different value under this name: rotate it instead' });
        continue;
      }
      try {
        await storeVerified(keychain, p.account, p.value);
      } catch (err) {
        // A refusal about this one entry (the keychain holds another value there) skips it; anything else
        // stops the import, after recording what was already stored.
        if (err instanceof UserError && err.message.startsWith('refused')) {
          result.conflicts.push({ name: p.name, why: err.message });
          continue;
        }
        failure = err;
        break;
      }
      crashPoint('after-store');
      const record = newRecord(vault, { name: p.name, provider: p.provider, environment: opts.environment, owner: opts.owner, purpose: p.purpose, storage: 'keychain' }, p.value);
      if (!existing) inv.keys.push(record);
      else if (existing.status === 'revoked') inv.keys[inv.keys.indexOf(existing)] = record;
      else existing.storage = 'keychain';
      stored.add(p.account);
      result.imported.push(p.name);
    }
  });
  crashPoint('after-inventory');
  if (result.imported.length > 0) {
    // Re-read: keep any edit made to .env meanwhile; only lines whose value was stored change.
    let next = (await readTextIfExists(file)) ?? '';
    for (const [name, refs] of accounts) {
      const now = dotenvEntries(next).filter((e) => e.name === name);
      const before = byName.get(name)!;
      if (now.length !== before.length || now.some((e, i) => e.value !== before[i].value)) continue;
      if (!refs.every((a) => a === undefined || stored.has(a))) continue;
      next = setDotenvValues(next, name, now.map((e, i) => (refs[i] && !parseKeychainReference(e.value) && e.value ? keychainReference(refs[i]!) : e.value)));
    }
    await writeDotenvFile(file, next);
    await appendAudit(vault.root, { action: 'import', names: result.imported, details: { file: file.startsWith(vault.root + '/') ? file.slice(vault.root.length + 1) : file } }, vault.now());
  }
  if (failure) throw failure;
  return result;
}
