// "Does the keychain answer here?": one read through a fresh store, for tests that check a broken keychain fails
// the same way on every path. The product needs no probe: a store call fails with KeychainUnavailableError.
import { createKeychainStore, type KeychainOptions } from '../../server/vault/keychain';

export type KeychainProbe = { ok: true } | { ok: false; error: Error };

export async function probeKeychain(options: Omit<KeychainOptions, 'idleMs'>): Promise<KeychainProbe> {
  const store = createKeychainStore({ ...options, timeoutMs: options.timeoutMs ?? 1500 });
  try {
    await store.get('keywarden-probe');
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err as Error };
  } finally {
    store.close();
  }
}
