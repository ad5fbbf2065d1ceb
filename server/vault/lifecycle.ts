// The key lifecycle: add, rotate (with an overlap), finish, revoke, suspend, resume, reveal.
//
// Order of every operation, so that a kill at any point loses no value and a re-run converges:
//   1. under the inventory lock, write values to their store and read them back (verify);
//   2. then change the inventory (written atomically when the lock's callback returns);
//   3. then append to the audit log.
// A value is only ever removed after its replacement is stored and verified, and the inventory's
// fingerprint always names a value that is still stored. A re-run recognises a half-done step by
// fingerprints (rotate: the old value already copied to the previous slot) and carries on from there.
import { UserError } from '../errors';
import { say, steps } from '../next-step';
import { appendAudit } from './audit';
import { crashPoint } from './crash';
import { isValidEnvName, parseKeychainReference, readDotenv } from './dotenv';
import { defaultRotationDays } from './due';
import { DEFAULT_OVERLAP_DAYS } from '../shared/keys-view-types';
import { isGitTracked, ensureGitignored } from './git';
import { findExposures } from './exposure';
import { readInventory, requireKey, updateInventory, type Exposure, type KeyRecord } from './inventory';
import { previousName, type SecretStore, type StoreKind } from './store';
import type { Vault } from './vault';

const DAY_MS = 86_400_000;

export interface NewKey {
  name: string;
  provider: string;
  environment: string;
  owner?: string;
  service?: string;
  purpose?: string;
  scope?: string[];
  storage: StoreKind;
  rotationDays?: number;
  expires?: string;
}

/** Stores `value` under `name` and reads it back: nothing proceeds on a value that did not land. */
export async function storeVerified(store: SecretStore, name: string, value: string): Promise<void> {
  await store.set(name, value);
  if ((await store.get(name)) !== value) {
    throw new UserError(`the ${store.kind === 'keychain' ? 'keychain' : '.env file'} did not keep the value of ${name}`, 'try again; nothing else was changed');
  }
}

/** Before a plaintext value goes into `.env`: refuse a tracked `.env`, and make sure git ignores it. */
export async function guardDotenv(vault: Vault): Promise<void> {
  if (await isGitTracked(vault.root, vault.dotenvFile)) {
    throw new UserError(`${vault.dotenvFile} is tracked by git, so a secret written there would be committed`,
      'untrack it (`git rm --cached .env`) or use the keychain');
  }
  await ensureGitignored(vault.root, relativeEnvPath(vault));
}

function relativeEnvPath(vault: Vault): string {
  return vault.dotenvFile.startsWith(vault.root + '/') ? vault.dotenvFile.slice(vault.root.length + 1) : '.env';
}

/** What is known of a value's past: when it first appeared and whether git history holds it. */
export interface ValueHistory {
  /** The first commit holding the value: its creation, and its last rotation as far as anyone knows. */
  exposed?: Exposure;
  origin?: { file: string; line: number };
}

/**
 * A new active record. Its created and rotated dates are now, or the first commit holding the value when
 * history has it: a key never rotated since it was committed is as old as that commit, so its due date is honest.
 */
export function newRecord(vault: Vault, key: NewKey, value: string, history: ValueHistory = {}): KeyRecord {
  const now = history.exposed?.firstSeen ?? vault.now().toISOString();
  return {
    name: key.name,
    provider: key.provider,
    environment: key.environment,
    owner: key.owner || undefined,
    service: key.service || undefined,
    purpose: key.purpose || undefined,
    scope: key.scope ?? [],
    storage: key.storage,
    fingerprint: vault.fingerprint(value),
    created: now,
    rotated: now,
    rotationDays: key.rotationDays ?? defaultRotationDays(key.environment, vault.rotation, key.provider),
    expires: key.expires,
    status: 'active',
    exposed: history.exposed,
    origin: history.origin,
  };
}

export async function addKey(vault: Vault, key: NewKey, value: string): Promise<KeyRecord> {
  if (!isValidEnvName(key.name)) throw new UserError(`'${key.name}' is not a valid environment variable name`, 'use letters, digits and underscores, not starting with a digit');
  if (value === '') throw new UserError(`no value given for ${key.name}`, 'type it at the prompt or pipe it on stdin');
  if (key.storage === 'dotenv') await guardDotenv(vault);
  const record = await updateInventory(vault.root, async (inv) => {
    const i = inv.keys.findIndex((k) => k.name === key.name);
    if (inv.keys[i] && inv.keys[i].status !== 'revoked') {
      throw new UserError(`${key.name} is already in the inventory`, say`rotate it with ${steps.rotate(key.name)}, or choose another name`);
    }
    await storeVerified(vault.store(key.storage), key.name, value);
    crashPoint('after-store');
    const rec = newRecord(vault, key, value);
    if (i >= 0) inv.keys[i] = rec; // a revoked key's name can be reused; its history stays in the audit log
    else inv.keys.push(rec);
    return rec;
  });
  await appendAudit(vault.root, { action: 'add', names: [key.name], details: { storage: key.storage, environment: key.environment, provider: key.provider } }, vault.now());
  return record;
}

export interface RotateResult {
  key: KeyRecord;
  /** False when a previous run had already finished the job. */
  changed: boolean;
}

/**
 * Rotate: the current value moves to the previous slot (`NAME@previous` / `NAME_PREVIOUS`), the new value
 * takes its place, and the key is `rotating` until `finishRotation` (or `overlapDays` from now).
 */
export async function rotateKey(vault: Vault, name: string, value: string, overlapDays = DEFAULT_OVERLAP_DAYS): Promise<RotateResult> {
  if (value === '') throw new UserError(`no new value given for ${name}`, 'type it at the prompt or pipe it on stdin');
  const result = await updateInventory(vault.root, async (inv) => {
    const key = requireKey(inv, name);
    if (key.status === 'rotating' && vault.matches(value, key.fingerprint)) return { key, changed: false };
    if (key.status !== 'active') {
      const hint = key.status === 'rotating' ? say`finish the current rotation first: ${steps.finishRotation(name)}`
        : key.status === 'suspended' ? say`resume it first: ${steps.resume(name)}` : 'add a new key instead';
      throw new UserError(`${name} is ${key.status}`, hint);
    }
    if (vault.matches(value, key.fingerprint)) throw new UserError(`the new value of ${name} is the same as the current one`, 'give the new value from your provider');
    if (key.storage === 'dotenv') await guardDotenv(vault);
    const store = vault.store(key.storage);
    const prevSlot = previousName(store.kind, name);
    let old = await store.get(name);
    if (old !== undefined && vault.matches(old, key.fingerprint)) {
      await storeVerified(store, prevSlot, old);
      crashPoint('after-previous');
    } else {
      // An interrupted rotation may already have moved the current value to the previous slot.
      old = await store.get(prevSlot);
      if (old === undefined || !vault.matches(old, key.fingerprint)) {
        throw new UserError(`the value stored for ${name} does not match the inventory's fingerprint`,
          say`check it with ${steps.reveal(name)}; if the stored value is the right one, re-add the key`);
      }
    }
    await storeVerified(store, name, value);
    crashPoint('after-store');
    const now = vault.now();
    // The previous value's fingerprint is written keyed too (an older unsalted one is replaced).
    key.previous = { fingerprint: vault.fingerprint(old), revokeAfter: new Date(now.getTime() + overlapDays * DAY_MS).toISOString() };
    key.fingerprint = vault.fingerprint(value);
    key.rotated = now.toISOString();
    key.status = 'rotating';
    key.exposed = undefined; // the committed value is now the previous one, revoked at the end of the overlap
    return { key, changed: true };
  });
  if (result.changed) await appendAudit(vault.root, { action: 'rotate', names: [name], details: { overlapDays, storage: result.key.storage } }, vault.now());
  return result;
}

/** Ends a rotation: the previous value is removed from its store; the key is active again. */
export async function finishRotation(vault: Vault, name: string): Promise<KeyRecord> {
  const key = await updateInventory(vault.root, async (inv) => {
    const k = requireKey(inv, name);
    if (k.status !== 'rotating' || !k.previous) {
      throw new UserError(`${name} is not rotating`, say`start a rotation with ${steps.rotate(name)}`);
    }
    const store = vault.store(k.storage);
    await store.delete(previousName(store.kind, name));
    crashPoint('after-delete');
    k.previous = undefined;
    k.status = 'active';
    return k;
  });
  await appendAudit(vault.root, { action: 'finish', names: [name] }, vault.now());
  return key;
}

/** Revokes a key: its values leave their store; the entry stays in the inventory, `revoked`, for history. */
export async function revokeKey(vault: Vault, name: string, reason: string): Promise<KeyRecord> {
  if (!reason.trim()) throw new UserError('a reason is required to revoke a key', say`give one: ${steps.revoke(name)}`);
  const key = await updateInventory(vault.root, async (inv) => {
    const k = requireKey(inv, name);
    if (k.status === 'revoked') return k;
    const store = vault.store(k.storage);
    await store.delete(name);
    await store.delete(previousName(store.kind, name));
    crashPoint('after-delete');
    k.status = 'revoked';
    k.previous = undefined;
    k.revoked = { at: vault.now().toISOString(), reason: reason.trim() };
    return k;
  });
  await appendAudit(vault.root, { action: 'revoke', names: [name], details: { reason: reason.trim() } }, vault.now());
  return key;
}

/** Suspend keeps the value but stops `run` from injecting it; resume undoes that. */
export async function setSuspended(vault: Vault, name: string, suspended: boolean): Promise<KeyRecord> {
  const key = await updateInventory(vault.root, (inv) => {
    const k = requireKey(inv, name);
    if (k.status === 'revoked') throw new UserError(`${name} is revoked`, 'add a new key instead');
    if (suspended && k.status === 'suspended') throw new UserError(`${name} is already suspended`, say`resume it with ${steps.resume(name)}`);
    if (!suspended && k.status !== 'suspended') throw new UserError(`${name} is not suspended`, 'nothing to resume');
    k.status = suspended ? 'suspended' : k.previous ? 'rotating' : 'active';
    return k;
  });
  await appendAudit(vault.root, { action: suspended ? 'suspend' : 'resume', names: [name] }, vault.now());
  return key;
}

/** The key's value, for printing. Recorded in the audit log before it is returned. */
export async function revealKey(vault: Vault, name: string, via: string): Promise<string> {
  const key = requireKey(await readInventory(vault.root), name);
  if (key.status === 'revoked') throw new UserError(`${name} is revoked: its value was removed`, 'nothing to reveal');
  const value = await vault.store(key.storage).get(name);
  if (value === undefined) {
    throw new UserError(`no value is stored for ${name} in the ${key.storage === 'keychain' ? `keychain (service ${vault.service})` : vault.dotenvFile}`, 'rotate the key to store a value again');
  }
  await appendAudit(vault.root, { action: 'reveal', names: [name], details: { via } }, vault.now());
  return value;
}

/** The metadata the sidebar's "Edit metadata" and `keys edit` may change (never the value or its state). */
export type KeyMetadata = Partial<Pick<KeyRecord, 'provider' | 'environment' | 'owner' | 'service' | 'purpose' | 'scope' | 'rotationDays' | 'expires'>>;

export async function updateKeyMetadata(vault: Vault, name: string, patch: KeyMetadata): Promise<KeyRecord> {
  const changed = Object.keys(patch).filter((f) => (patch as Record<string, unknown>)[f] !== undefined);
  const key = await updateInventory(vault.root, (inv) => {
    const k = requireKey(inv, name);
    Object.assign(k, Object.fromEntries(changed.map((f) => [f, (patch as Record<string, unknown>)[f]])));
    // Empty strings clear optional text fields.
    for (const f of ['owner', 'service', 'purpose'] as const) if (k[f] === '') k[f] = undefined;
    return k;
  });
  await appendAudit(vault.root, { action: 'update', names: [name], details: { fields: changed.join(',') } }, vault.now());
  return key;
}

/**
 * Adopts a key that `.env` holds but the inventory does not list ("untracked" in the sidebar): a plain value
 * is recorded as `.env` storage, a `NAME=keychain:NAME` reference as keychain storage. Nothing is moved.
 */
export async function adoptKey(vault: Vault, key: Omit<NewKey, 'storage'>): Promise<KeyRecord> {
  const raw = (await readDotenv(vault.dotenvFile))[key.name];
  if (raw === undefined || raw === '') throw new UserError(`${key.name} is not set in ${vault.dotenvFile}`, say`add it with ${steps.addKey()} instead`);
  const account = parseKeychainReference(raw);
  if (account && account !== key.name) {
    throw new UserError(`${key.name} refers to the keychain entry ${account}, not its own name`, say`change the line to ${key.name}=keychain:${key.name} or add the key with ${steps.addKey()}`);
  }
  const value = account ? await vault.keychain().get(account) : raw;
  if (value === undefined) throw new UserError(`${key.name} refers to the keychain, which holds no value for ${account}`, say`add the key with ${steps.addKey()} instead`);
  // Nothing is known of its rotations: its dates are the first commit holding it, else today.
  const exposed = (await findExposures(vault.root, [value])).found.get(value);
  const record = await updateInventory(vault.root, (inv) => {
    if (inv.keys.some((k) => k.name === key.name && k.status !== 'revoked')) throw new UserError(`${key.name} is already in the inventory`, 'nothing to adopt');
    const rec = newRecord(vault, { ...key, storage: account ? 'keychain' : 'dotenv' }, value, { exposed });
    inv.keys = [...inv.keys.filter((k) => k.name !== key.name), rec];
    return rec;
  });
  await appendAudit(vault.root, { action: 'add', names: [key.name], details: { storage: record.storage, adopted: true, exposed: !!exposed } }, vault.now());
  return record;
}
