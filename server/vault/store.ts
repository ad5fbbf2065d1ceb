// One interface over the places a secret value can live: the OS keychain and a `.env` file.
// Callers never see where a value is kept beyond `kind`; values never appear in errors or logs.

export type StoreKind = 'keychain' | 'dotenv';

export interface SecretStore {
  readonly kind: StoreKind;
  /** The value under `name`, or undefined when there is none. */
  get(name: string): Promise<string | undefined>;
  /** Stores `value` under `name`, replacing any value already there. */
  set(name: string, value: string): Promise<void>;
  /** Removes `name`; true when something was removed. */
  delete(name: string): Promise<boolean>;
}

/**
 * Where a key's previous value is kept while a rotation overlaps: the keychain account `NAME@previous`,
 * or `NAME_PREVIOUS` in `.env` (an env-var-shaped name, so an app can accept both values during the overlap).
 */
export function previousName(kind: StoreKind, name: string): string {
  return kind === 'keychain' ? `${name}@previous` : `${name}_PREVIOUS`;
}
