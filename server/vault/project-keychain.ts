// The keychain as one project sees it. Two promises on top of the plain store:
//  - entries left under the service older versions used (`keywarden:<folder>`) are moved to the project's
//    own service on first use, when the inventory's fingerprint says the value is this project's;
//  - a write never replaces an entry whose value the inventory does not record: two projects sharing a
//    service (a setting, an old version) cannot overwrite each other's keys. The service's owner entry
//    names the project that wrote there first, so the refusal can say whose value it is.
import { fingerprintMatches } from '../detect/fingerprint';
import { UserError } from '../errors';
import { findKey, readInventory } from './inventory';
import type { KeychainStore } from './keychain';

/** An account that no key can use (keys are env-var names): the project that owns the service. */
export const OWNER_ACCOUNT = 'keywarden.owner';

export interface ProjectKeychainOptions {
  root: string;
  projectId: string;
  salt: string;
  /** The older service's store, when the project may have entries there. */
  legacy?: KeychainStore;
  /** Says once per process which entries were moved from the older service. */
  onMoved?: (names: string[], from: string, to: string) => void;
}

export function projectKeychain(store: KeychainStore, opts: ProjectKeychainOptions): KeychainStore {
  const moved: string[] = [];
  let reported = 0;
  let ownerChecked = false;

  /** Whether the inventory records `value` as this name's current or previous value. */
  const recorded = async (account: string, value: string): Promise<boolean> => {
    const key = findKey(await readInventory(opts.root), account.replace(/@previous$/, ''));
    if (!key || key.status === 'revoked') return false;
    return fingerprintMatches(value, key.fingerprint, opts.salt)
      || (key.previous !== undefined && fingerprintMatches(value, key.previous.fingerprint, opts.salt));
  };

  const report = () => {
    if (moved.length > reported && opts.legacy) {
      reported = moved.length;
      opts.onMoved?.([...moved], opts.legacy.service, store.service);
    }
  };

  const fromLegacy = async (account: string): Promise<string | undefined> => {
    const legacy = opts.legacy;
    if (!legacy) return undefined;
    const old = await legacy.get(account);
    // Another project of the same folder name may have written it: only this project's value moves.
    if (old === undefined || !(await recorded(account, old))) return undefined;
    await store.set(account, old);
    if ((await store.get(account)) !== old) throw new UserError(`the keychain did not keep the value of ${account}`, 'try again; nothing else was changed');
    await legacy.delete(account);
    moved.push(account);
    return old;
  };

  const owner = async (): Promise<{ id?: string; root?: string } | undefined> => {
    const raw = await store.get(OWNER_ACCOUNT);
    try {
      return raw === undefined ? undefined : JSON.parse(raw) as { id?: string; root?: string };
    } catch {
      return {};
    }
  };

  const claim = async () => {
    if (ownerChecked) return;
    ownerChecked = true;
    if ((await owner()) === undefined) await store.set(OWNER_ACCOUNT, JSON.stringify({ id: opts.projectId, root: opts.root }));
  };

  const get = async (account: string): Promise<string | undefined> => {
    const value = (await store.get(account)) ?? (await fromLegacy(account));
    report();
    return value;
  };

  return {
    kind: 'keychain',
    service: store.service,
    get,
    async set(account, value) {
      const existing = await get(account);
      if (existing !== undefined && existing !== value && !(await recorded(account, existing))) {
        const o = await owner();
        const whose = o?.id && o.id !== opts.projectId ? `it belongs to the project at ${o.root ?? '(unknown folder)'} (id ${o.id})`
          : 'this project\'s inventory does not record it (left by an interrupted command, or written by another tool)';
        throw new UserError(
          `refused to replace the keychain entry ${account} (service ${store.service}): it holds a different value, and ${whose}`,
          'nothing was changed; choose another name, or remove that entry with your keychain tool (secret-tool, Keychain Access) if it is not needed',
        );
      }
      await store.set(account, value);
      await claim();
    },
    async delete(account) {
      const existing = await get(account);
      if (existing === undefined) return false;
      // An unrecorded value may be this project's own half-done write (undone here); another project's never.
      const o = await owner();
      if (o?.id && o.id !== opts.projectId && !(await recorded(account, existing))) {
        throw new UserError(
          `refused to delete the keychain entry ${account} (service ${store.service}): its value belongs to the project at ${o.root ?? '(unknown folder)'} (id ${o.id})`,
          'nothing was changed; give this project its own service (the keywarden.keychain.service setting) or remove the entry with your keychain tool',
        );
      }
      return store.delete(account);
    },
    close() {
      store.close();
      opts.legacy?.close();
    },
  };
}
