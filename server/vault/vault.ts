// One project's vault: its root, keychain service, `.env` file and rotation settings, with the stores opened
// lazily. The CLI, the language server and the sidebar each open one and pass it to the lifecycle operations.
import { basename, resolve } from 'node:path';
import { loadConfig } from '../detect/config';
import { createDotenvStore } from './dotenv';
import { createKeychainStore, keychainService, type KeychainStore } from './keychain';
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
  /** The keychain service; `keywarden:<project>` by default (the editor setting `keywarden.keychain.service`). */
  service?: string;
  rotation?: RotationSettings;
  /** The environment the keychain worker sees (D-Bus address); process.env by default. */
  env?: NodeJS.ProcessEnv;
  keychainTimeoutMs?: number;
  /** The `.env` file, relative to root or absolute; `.env` by default. */
  dotenvFile?: string;
  /** The clock (tests fix it). */
  now?: () => Date;
}

export interface Vault {
  readonly root: string;
  readonly project: string;
  readonly service: string;
  readonly dotenvFile: string;
  readonly rotation: RotationSettings;
  readonly env: NodeJS.ProcessEnv;
  now(): Date;
  keychain(): KeychainStore;
  dotenv(): SecretStore;
  store(kind: StoreKind): SecretStore;
  /** Stops the keychain worker, if one was started. */
  close(): void;
}

export function openVault(options: VaultOptions): Vault {
  const root = resolve(options.root);
  const config = options.project && options.rotation ? undefined : loadConfig(root);
  const project = options.project ?? config?.project ?? basename(root);
  const service = options.service || keychainService(project);
  const rotation = options.rotation ?? {
    defaultDays: config?.rotation.defaultDays ?? DEFAULT_ROTATION_DAYS,
    productionDays: config?.rotation.productionDays,
    dueSoonDays: config?.rotation.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
  };
  const env = options.env ?? process.env;
  const dotenvFile = resolve(root, options.dotenvFile ?? '.env');
  let keychain: KeychainStore | undefined;
  const dotenv = createDotenvStore(dotenvFile);
  const vault: Vault = {
    root, project, service, dotenvFile, rotation, env,
    now: options.now ?? (() => new Date()),
    keychain: () => (keychain ??= createKeychainStore({ service, env, timeoutMs: options.keychainTimeoutMs })),
    dotenv: () => dotenv,
    store: (kind) => (kind === 'keychain' ? vault.keychain() : dotenv),
    close: () => keychain?.close(),
  };
  return vault;
}
