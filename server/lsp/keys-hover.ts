// Hover on an environment lookup (`process.env.NAME`, `os.environ["NAME"]`, … as server/vault/references.ts
// knows them): the key's inventory entry and due state, never its value. A name in a .env that the inventory
// lacks says it is untracked and links to Adopt; other names get no hover.
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { keyItem } from '../keys-view/build';
import { escapeMarkdown, keyMarkdown } from '../shared/key-markdown';
import { findKey, InventoryError, readInventory } from '../vault/inventory';
import { envReferenceAt } from '../vault/references';
import { adoptCommand, type AdoptCommandArgs } from '../shared/protocol';
import { untrackedKeys } from './keys-references';
import { pathToUri, projectRoot, relativePath, uriToPath } from './paths';
import type { ServerContext } from './context';

export async function keyHover(ctx: ServerContext, params: HoverParams, now = new Date()): Promise<Hover | null> {
  const doc = ctx.documents.get(params.textDocument.uri);
  const path = uriToPath(params.textDocument.uri);
  if (!doc || !path) return null;
  const text = doc.getText();
  const ref = envReferenceAt(text, doc.offsetAt(params.position));
  if (!ref) return null;
  const root = projectRoot(path, ctx.folders());
  let key;
  try {
    key = findKey(await readInventory(root), ref.name);
  } catch (err) {
    if (err instanceof InventoryError) return null; // the Keys view shows the fault
    throw err;
  }
  const range = { start: doc.positionAt(ref.offset), end: doc.positionAt(ref.offset + ref.length) };
  if (!key) {
    const untracked = (await untrackedKeys(root).catch(() => [])).find((k) => k.name === ref.name);
    if (!untracked) return null;
    const args: AdoptCommandArgs = { folder: pathToUri(root), key: untracked };
    const link = `command:${adoptCommand}?${encodeURIComponent(JSON.stringify([args]))}`;
    const file = relativePath(root, uriToPath(untracked.uri) ?? untracked.uri);
    return {
      contents: { kind: 'markdown', value: `**${escapeMarkdown(ref.name)}** is untracked: it is in ${escapeMarkdown(file)} (line ${untracked.line + 1}) but not in the inventory, so it has no owner and no rotation date.\n\n[Adopt into the inventory…](${link})` },
      range,
    };
  }
  const item = keyItem(key, now, { dueSoonDays: ctx.projects.get(root).config.rotation.dueSoonDays });
  return {
    contents: { kind: 'markdown', value: `${keyMarkdown(item)}\n\n*Keywarden inventory · value not shown*` },
    range,
  };
}
