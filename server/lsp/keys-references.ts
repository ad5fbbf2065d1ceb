// Where keys are used: `keywarden/findReferences` (env lookups of one name in the folder, the walker's file set,
// open documents' unsaved text first) and `keywarden/untrackedKeys` (names in `.env` files the inventory lacks).
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Location } from 'vscode-languageserver/node';
import { readTextFile, walkFiles } from '../detect';
import { guessProvider } from '../keys-view/provider-icons';
import type { UntrackedKey } from '../shared/protocol';
import { dotenvEntries, parseKeychainReference } from '../vault/dotenv';
import { previousName } from '../vault/store';
import { readInventory } from '../vault/inventory';
import { findEnvReferences } from '../vault/references';
import { pathToUri } from './paths';
import type { ServerContext } from './context';
import { isDotenvPath } from '../detect/file-kind';

export async function findKeyReferences(ctx: ServerContext, root: string, name: string): Promise<Location[]> {
  const config = ctx.projects.get(root).config;
  const locations: Location[] = [];
  for await (const file of walkFiles(root, { config, logger: ctx.logger })) {
    const uri = pathToUri(file.abs);
    const open = ctx.documents.get(uri)?.getText();
    const read = open === undefined ? readTextFile(file.abs, config.maxFileSize) : { text: open };
    if (!('text' in read)) continue;
    for (const ref of findEnvReferences(read.text, [name])) {
      const start = { line: ref.line, character: ref.character };
      const endText = read.text.slice(ref.offset, ref.offset + ref.length);
      const lines = endText.split('\n');
      const end = lines.length === 1
        ? { line: ref.line, character: ref.character + ref.length }
        : { line: ref.line + lines.length - 1, character: (lines.at(-1) ?? '').length };
      locations.push({ uri, range: { start, end } });
    }
  }
  return locations;
}

/** Names that hold credentials rather than settings such as PORT or NODE_ENV. */
const secretName = /KEY|SECRET|TOKEN|PASSWORD|PASSWD|PWD|CREDENTIAL|AUTH|PRIVATE|DSN|SIGNING|WEBHOOK/i;

export async function untrackedKeys(root: string): Promise<UntrackedKey[]> {
  const tracked = new Set<string>();
  for (const key of (await readInventory(root)).keys) {
    tracked.add(key.name).add(previousName('dotenv', key.name));
  }
  const files = (await fs.readdir(root, { withFileTypes: true }))
    .filter((e) => e.isFile() && isDotenvPath(e.name))
    .map((e) => e.name)
    .sort();
  const found = new Map<string, UntrackedKey>();
  for (const name of files) {
    const text = (await fs.readFile(join(root, name), 'utf8')).replace(/\r\n?/g, '\n');
    for (const entry of dotenvEntries(text)) {
      if (tracked.has(entry.name) || found.has(entry.name) || !entry.value) continue;
      const provider = guessProvider(entry.name);
      if (provider === 'unknown' && !secretName.test(entry.name) && !parseKeychainReference(entry.value)) continue;
      const line = text.slice(0, entry.nameStart).split('\n').length - 1;
      found.set(entry.name, { name: entry.name, uri: pathToUri(join(root, name)), line, provider });
    }
  }
  return [...found.values()];
}
