// Hover on an environment lookup (`process.env.NAME`, `os.environ["NAME"]`, … as server/vault/references.ts
// knows them): the key's inventory entry and due state, never its value. Names the inventory lacks get no hover.
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { keyItem } from '../keys-view/build';
import { keyMarkdown } from '../shared/key-markdown';
import { findKey, InventoryError, readInventory } from '../vault/inventory';
import { envReferenceAt } from '../vault/references';
import { projectRoot, uriToPath } from './paths';
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
  if (!key) return null;
  const item = keyItem(key, now, { dueSoonDays: ctx.projects.get(root).config.rotation.dueSoonDays });
  return {
    contents: { kind: 'markdown', value: `${keyMarkdown(item)}\n\n*Keywarden inventory · value not shown*` },
    range: { start: doc.positionAt(ref.offset), end: doc.positionAt(ref.offset + ref.length) },
  };
}
