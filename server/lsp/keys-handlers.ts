// The Keys sidebar's side of the server: the view, lifecycle actions, change notifications,
// references, untracked keys and the hover on env lookups. One entry point for the wiring in server.ts: registerKeyHandlers(ctx).
import { dirname } from 'node:path';
import type { FileEvent } from 'vscode-languageserver/node';
import {
  AdoptKeyRequest,
  KeyActionRequest,
  KeyReferencesRequest,
  KeysChangedNotification,
  KeysRequest,
  UntrackedKeysRequest,
} from '../shared/protocol';
import { adoptKey, keyAction } from './keys-actions';
import { keyHover } from './keys-hover';
import { findKeyReferences, untrackedKeys } from './keys-references';
import { folderRoot, keysView } from './keys-view-request';
import { restrictedError } from './messages';
import { isInside, pathToUri, uriToPath } from './paths';
import type { ServerContext } from './context';
import { isDotenvPath } from '../detect/file-kind';

export interface KeyHandlers {
  /** Called from the server's didChangeWatchedFiles handler: tells the client which folders' keys changed. */
  filesChanged(changes: readonly FileEvent[]): void;
}

/** Files whose change can change the Keys or Findings views: the inventory and `.env` files. */
const keysFile = (path: string) => /[\\/]\.keywarden[\\/]keys\.json$/.test(path) || isDotenvPath(path);

export function registerKeyHandlers(ctx: ServerContext): KeyHandlers {
  const { connection } = ctx;
  connection.onRequest(KeysRequest.type, (params) => keysView(ctx, params));
  // Restricted Mode: the Keys view still shows (and reveals), but nothing writes to the keychain, .env or inventory.
  const refused = () => {
    const err = restrictedError('Changing a key');
    return { ok: false, message: `${err.message}: ${err.hintFor('editor')}.` };
  };
  connection.onRequest(KeyActionRequest.type, (params) => (ctx.restricted && params.action !== 'reveal' ? refused() : keyAction(ctx, params)));
  connection.onRequest(AdoptKeyRequest.type, (params) => (ctx.restricted ? refused() : adoptKey(ctx, params)));
  connection.onRequest(KeyReferencesRequest.type, (params) => findKeyReferences(ctx, folderRoot(params.folder), params.name));
  connection.onRequest(UntrackedKeysRequest.type, (params) => untrackedKeys(folderRoot(params.folder)));
  connection.onHover((params) => keyHover(ctx, params));
  return {
    filesChanged(changes) {
      const paths = changes.map((c) => uriToPath(c.uri)).filter((p): p is string => !!p && keysFile(p));
      if (paths.length === 0) return;
      const folders = ctx.folders().filter((f) => paths.some((p) => isInside(f, dirname(p))));
      if (folders.length > 0) void connection.sendNotification(KeysChangedNotification.type, { folders: folders.map(pathToUri) });
    },
  };
}
