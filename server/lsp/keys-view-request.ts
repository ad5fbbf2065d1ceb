// `keywarden/keys`: the folder's inventory as the Keys view shows it, or the error item for a bad inventory.
import { existsSync } from 'node:fs';
import { buildKeysView } from '../keys-view/build';
import type { KeysParams, KeysResult } from '../shared/protocol';
import { auditPath } from '../vault/audit';
import { InventoryError, inventoryPath, readInventory } from '../vault/inventory';
import { pathToUri, uriToPath } from './paths';
import type { ServerContext } from './context';

export async function keysView(ctx: ServerContext, params: KeysParams, now = new Date()): Promise<KeysResult> {
  const root = folderRoot(params.folder);
  const file = inventoryPath(root);
  const where = { hasInventory: existsSync(file), auditLogUri: pathToUri(auditPath(root)) };
  const opts = { groupBy: params.groupBy, dueSoonDays: ctx.projects.get(root).config.rotation.dueSoonDays };
  try {
    const inventory = await readInventory(root);
    return { ...where, ...buildKeysView(inventory.keys, now, opts) };
  } catch (err) {
    if (!(err instanceof InventoryError)) throw err;
    ctx.logger.warn(`keys view: ${err.message}`);
    const error = { kind: 'error' as const, message: err.message, hint: err.hintFor('editor'), file, line: Math.max(0, (err.line ?? 1) - 1) };
    return { ...where, ...buildKeysView([], now, opts), error };
  }
}

/** The folder path of a workspace folder URI; a UserError-free throw for other schemes (a client bug). */
export function folderRoot(folderUri: string): string {
  const root = uriToPath(folderUri);
  if (!root) throw new Error(`not a file: folder: ${folderUri}`);
  return root;
}
