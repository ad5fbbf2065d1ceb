// One project's vault: its root, identity, keychain service, `.env` file and rotation settings, with the
// stores opened lazily. The CLI, the language server and the sidebar each open one and pass it to the
// lifecycle operations.
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadConfig } from '../detect/config';
import { fingerprintMatches, valueFingerprint } from '../detect/fingerprint';
import { createDotenvStore } from './dotenv';
import { createKeychainStore, keychainService, type KeychainStore } from './keychain';
import { INVENTORY_PATH } from './inventory';
import { ensureProjectIdentity, PROJECT_PATH, readProjectIdentity, removeUnusedProjectIdentity, type ProjectIdentity } from './project-identity';
import { projectKeychain } from './project-keychain';
import type { SecretStore, StoreKind } from './store';
import { DEFAULT_DUE_SOON_DAYS, DEFAULT_ROTATION_DAYS } from './due';

export interface RotationSettings {
  defaultDays: number;
  productionDays?: number;
  dueSoonDays: number;
}

export interface VaultOptions {
  root: string;
  /** Defaults to `project` in `.keywarden/config.json`, else the root folder's name. */
  project?: string;
  /**
   * A fixed keychain service (the editor setting `keywarden.keychain.service`); by default
   * `keywarden:<project>:<id>`, the id from `.keywarden/project.json`.
   */
  service?: string;
  rotation?: RotationSettings;
  /** The environment the keychain worker sees (D-Bus address); process.env by default. */
  env?: NodeJS.ProcessEnv;
  keychainTimeoutMs?: number;
  /** The `.env` file, relative to root or absolute; `.env` by default. */
  dotenvFile?: string;
  /** The clock (tests fix it). */
  now?: () => Date;
  /** One line for the user about something done on the side (an identity created, entries moved). */
  onNotice?: (line: string) => void;
}

export interface Vault {
  readonly root: string;
  readonly project: string;
  /** The keychain service (creates the project identity when it has none). */
  readonly service: string;
  readonly dotenvFile: string;
  readonly rotation: RotationSettings;
  readonly env: NodeJS.ProcessEnv;
  now(): Date;
  /** The project's identity, created on first need (`.keywarden/project.json`). */
  identity(): ProjectIdentity;
  /** A value's fingerprint in this project (keyed with its salt). */
  fingerprint(value: string): string;
  /** Whether `value` is the one `fingerprint` names (keyed or legacy unsalted form). */
  matches(value: string, fingerprint: string | undefined): boolean;
  keychain(): KeychainStore;
  dotenv(): SecretStore;
  store(kind: StoreKind): SecretStore;
  /**
   * For a command that failed: removes the identity this vault created when nothing was stored under it
   * (no keychain write, the inventory unchanged), so a failure leaves the project as it was. Whether it did.
   */
  discardNewIdentity(): boolean;
  /** Stops the keychain worker, if one was started; says once that the identity was created, if it was and still is. */
  close(): void;
}

export function openVault(options: VaultOptions): Vault {
  const root = resolve(options.root);
  const config = options.project && options.rotation ? undefined : loadConfig(root);
  const project = options.project ?? config?.project ?? basename(root);
  const rotation = options.rotation ?? {
    defaultDays: config?.rotation.defaultDays ?? DEFAULT_ROTATION_DAYS,
    productionDays: config?.rotation.productionDays,
    dueSoonDays: config?.rotation.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
  };
  const env = options.env ?? process.env;
  const notice = options.onNotice ?? (() => undefined);
  const dotenvFile = resolve(root, options.dotenvFile ?? '.env');
  let identity: ProjectIdentity | undefined = readProjectIdentity(root);
  let keychain: KeychainStore | undefined;
  const dotenv = createDotenvStore(dotenvFile);
  // Set when this vault created the identity: the inventory as it was then, and whether a keychain write used it.
  let created: { inventory: string | undefined; stored: boolean } | undefined;
  const inventoryText = () => {
    try {
      return readFileSync(join(root, INVENTORY_PATH), 'utf8');
    } catch {
      return undefined;
    }
  };
  const ensureIdentity = (): ProjectIdentity => {
    if (identity) return identity;
    const made = ensureProjectIdentity(root);
    if (made.created) created = { inventory: inventoryText(), stored: false };
    identity = { version: made.version, id: made.id, salt: made.salt };
    return identity;
  };
  const service = () => options.service || keychainService(project, ensureIdentity().id);
  const openKeychain = (): KeychainStore => {
    const store = (s: string) => createKeychainStore({ service: s, env, timeoutMs: options.keychainTimeoutMs });
    const legacy = options.service ? undefined : keychainService(project);
    const raw = store(service());
    // A write attempted under this identity's service may have landed (even one that then failed or hung).
    const own: KeychainStore = { ...raw, set: (account, value) => { if (created) created.stored = true; return raw.set(account, value); } };
    return projectKeychain(own, {
      root,
      projectId: ensureIdentity().id,
      salt: ensureIdentity().salt,
      legacy: legacy && legacy !== own.service ? store(legacy) : undefined,
      onMoved: (names, from, to) => notice(`Moved ${names.length} keychain entr${names.length === 1 ? 'y' : 'ies'} (${names.join(', ')}) from the service ${from}, which same-named folders share, to this project's own ${to}.`),
    });
  };
  const vault: Vault = {
    root, project, dotenvFile, rotation, env,
    get service() { return service(); },
    now: options.now ?? (() => new Date()),
    identity: ensureIdentity,
    fingerprint: (value) => valueFingerprint(value, ensureIdentity().salt),
    matches: (value, fp) => fp !== undefined && fingerprintMatches(value, fp, ensureIdentity().salt),
    keychain: () => (keychain ??= openKeychain()),
    dotenv: () => dotenv,
    store: (kind) => (kind === 'keychain' ? vault.keychain() : dotenv),
    discardNewIdentity: () => {
      if (!created || created.stored || inventoryText() !== created.inventory) return false;
      removeUnusedProjectIdentity(root);
      created = undefined;
      identity = undefined;
      return true;
    },
    close: () => {
      keychain?.close();
      if (created) notice(`Created ${PROJECT_PATH}, this project's identity (its keychain service and fingerprint salt): commit it with the inventory.`);
      created = undefined;
    },
  };
  return vault;
}
