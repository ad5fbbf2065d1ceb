// `keywarden/keyAction` and `keywarden/adoptKey`: the sidebar's lifecycle steps, each one the vault's own
// operation (server/vault/lifecycle.ts: stores verified first, then the inventory, then the audit log).
// A rotate's new value and a reveal's value pass through here and go nowhere else: never logged.
import { UserError } from '../errors';
import { plural, shortDate } from '../shared/dates';
import { guessProvider } from '../keys-view/provider-icons';
import type { AdoptKeyParams, KeyActionParams, KeyActionResult, KeyMetadataUpdate } from '../shared/protocol';
import {
  adoptKey as adoptIntoInventory,
  finishRotation,
  revealKey,
  revokeKey,
  rotateKey,
  setSuspended,
  updateKeyMetadata,
} from '../vault/lifecycle';
import { previousName } from '../vault/store';
import type { Vault } from '../vault/vault';
import { readDotenv } from '../vault/dotenv';
import { findKey, readInventory } from '../vault/inventory';
import { folderRoot } from './keys-view-request';
import { editorText } from './messages';
import { uriToPath } from './paths';
import { projectVault } from './projects';
import type { ServerContext } from './context';

export async function keyAction(ctx: ServerContext, params: KeyActionParams): Promise<KeyActionResult> {
  const { name } = params;
  return withVault(ctx, params.folder, undefined, async (vault) => {
    const now = vault.now();
    switch (params.action) {
      case 'rotate': {
        const { key } = await rotateKey(vault, name, params.newValue, params.overlapDays);
        const kept = previousName(key.storage, name);
        const until = key.previous ? shortDate(new Date(key.previous.revokeAfter), now) : 'the end of the overlap';
        return done(`${name} rotated. The old value stays valid as ${kept} until ${until}; then use Finish rotation.`);
      }
      case 'finish':
        await finishRotation(vault, name);
        return done(`${name}: rotation finished, the old value was removed.`);
      case 'revoke': {
        const wasRotating = findKey(await readInventory(vault.root), name)?.status === 'rotating';
        const key = await revokeKey(vault, name, params.reason);
        const values = wasRotating ? 'its current and previous values were' : 'its value was';
        const dangling = (await readDotenv(vault.dotenvFile))[name] !== undefined ? ` .env still has a ${name} line: remove it, or add a new key under that name.` : '';
        return done(`${name} revoked: ${values} removed from the ${key.storage === 'keychain' ? 'OS keychain' : '.env file'}, so code that reads ${name} now gets nothing.${dangling} Revoke it at the provider too.`);
      }
      case 'suspend':
        await setSuspended(vault, name, true);
        return done(`${name} suspended: keywarden run no longer injects it.`);
      case 'resume':
        await setSuspended(vault, name, false);
        return done(`${name} resumed.`);
      case 'reveal':
        return { ok: true, message: `${name} copied.`, value: await revealKey(vault, name, 'vscode-sidebar') };
      case 'updateMetadata':
        await updateMetadata(vault, name, params.metadata);
        return done(`${name} updated.`);
    }
  });
}

/** Adds a key found in a `.env` file to the inventory; its value stays where it is (the keychain, for a reference). */
export async function adoptKey(ctx: ServerContext, params: AdoptKeyParams): Promise<KeyActionResult> {
  const file = uriToPath(params.uri);
  if (!file) return { ok: false, message: `${params.uri} is not a file on disk.` };
  return withVault(ctx, params.folder, file, async (vault) => {
    const record = await adoptIntoInventory(vault, {
      name: params.name,
      provider: guessProvider(params.name),
      environment: params.environment ?? 'development',
      owner: params.owner,
    });
    const where = record.storage === 'keychain' ? 'OS keychain' : '.env';
    if (record.exposed) {
      const e = record.exposed;
      return done(`${params.name} is now in the inventory (${where}). It was committed to git (${e.firstCommit.slice(0, 7)}, ${shortDate(new Date(e.firstSeen), vault.now())}): rotate it now.`);
    }
    return done(`${params.name} is now in the inventory (${where}); rotate it every ${plural(record.rotationDays, 'day')}.`);
  });
}

/** Checks what the input boxes let through, then the vault's own metadata update (audited). */
async function updateMetadata(vault: Vault, name: string, metadata: KeyMetadataUpdate): Promise<void> {
  if (metadata.environment !== undefined && !metadata.environment.trim()) throw new UserError('the environment cannot be empty', 'e.g. development, staging or production');
  if (metadata.rotationDays !== undefined && !(Number.isInteger(metadata.rotationDays) && metadata.rotationDays > 0)) {
    throw new UserError('the rotation period must be a whole number of days, 1 or more', 'e.g. 90');
  }
  await updateKeyMetadata(vault, name, metadata);
}

async function withVault(
  ctx: ServerContext,
  folderUri: string,
  dotenvFile: string | undefined,
  fn: (vault: Vault) => Promise<KeyActionResult>,
): Promise<KeyActionResult> {
  const settings = await ctx.settings.get(folderUri);
  const vault = projectVault(ctx.projects.get(folderRoot(folderUri)), settings, dotenvFile);
  try {
    return await fn(vault);
  } catch (err) {
    vault.discardNewIdentity();
    if (!(err instanceof UserError)) throw err;
    ctx.logger.warn(`keys: ${err.message}`);
    const hint = err.hintFor('editor');
    return { ok: false, message: editorText(hint ? `${err.message} — ${hint}` : err.message) };
  } finally {
    vault.close();
  }
}

function done(message: string): KeyActionResult {
  return { ok: true, message };
}
