// `.env` files: read and edit them the way the `dotenv` package reads them, keeping every other line,
// comment and blank line as it was. Values are written in a form that dotenv reads back exactly.
import { UserError } from '../errors';
import { readTextIfExists, writeFileAtomic } from './atomic-write';
import type { SecretStore } from './store';

// dotenv's own line grammar (v16 lib/main.js): `export` prefix, `=` or `: ` separator, single/double/backtick
// quotes (which may span lines), unquoted values up to `#`. The `d` flag gives each group's offsets.
const LINE =
  /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;

export interface DotenvEntry {
  name: string;
  value: string;
  /** Offsets in the LF-normalised text: the entry's lines, and its raw value (group 2) when it has one. */
  lineStart: number;
  end: number;
  nameStart: number;
  rawValue?: [number, number];
}

/** dotenv's value rules: trim, strip one pair of matching quotes, and in double quotes expand \n and \r. */
function decodeValue(raw: string): string {
  let value = raw.trim();
  const quote = value[0];
  value = value.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
  if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  return value;
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Every assignment in order (a name may repeat; the last one wins, as in dotenv). */
export function dotenvEntries(text: string): DotenvEntry[] {
  const src = normalise(text);
  const entries: DotenvEntry[] = [];
  for (const m of src.matchAll(LINE)) {
    // The name (group 1) is not optional: a match always has it, and the `d` flag gives its offsets.
    const [name, nameAt, rawAt] = [m[1], m.indices?.[1], m.indices?.[2]];
    if (name === undefined || nameAt === undefined) continue;
    const [nameStart] = nameAt;
    entries.push({
      name,
      value: decodeValue(m[2] ?? ''),
      lineStart: src.lastIndexOf('\n', nameStart - 1) + 1,
      end: m.index + m[0].length,
      nameStart,
      rawValue: rawAt ? [rawAt[0], rawAt[1]] : undefined,
    });
  }
  return entries;
}

/** The variables a `.env` text defines, exactly as dotenv's `parse` returns them. */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of dotenvEntries(text)) out[e.name] = e.value;
  return out;
}

/** True for names dotenv and shells accept as variables. */
export function isValidEnvName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/**
 * The value as written after `NAME=`: the first form that dotenv reads back as exactly `value`, preferring
 * forms that other parsers (dotenvx, python-dotenv, docker compose) read literally too: bare for plain
 * tokens, then single quotes (no escapes, no `$` expansion), then double quotes with \n escapes, then backticks.
 */
export function encodeDotenvValue(value: string): string {
  const candidates = [
    /^[\w./:@+-]+$/.test(value) ? value : undefined,
    /[\n\r]/.test(value) ? undefined : `'${value}'`,
    `"${value.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`,
    `'${value}'`,
    `\`${value}\``,
  ];
  for (const c of candidates) {
    if (c !== undefined && parseDotenv(`K=${c}`).K === value) return c;
  }
  throw new UserError(
    'this value cannot be written to .env so that dotenv reads it back exactly (it mixes quotes, # and line breaks)',
    'store it in the OS keychain instead',
  );
}

/** The text with `name` set to `value`: the last assignment's value is replaced in place, else a line is appended. */
export function setDotenvValue(text: string, name: string, value: string): string {
  assertName(name);
  const crlf = /\r\n/.test(text);
  const src = normalise(text);
  const encoded = encodeDotenvValue(value);
  const last = dotenvEntries(src).filter((e) => e.name === name).pop();
  let next: string;
  if (!last) {
    next = `${src}${src === '' || src.endsWith('\n') ? '' : '\n'}${name}=${encoded}\n`;
  } else if (last.rawValue) {
    const [from, to] = last.rawValue;
    const gap = src[to] === '#' ? ' ' : '';
    next = src.slice(0, from) + encoded + gap + src.slice(to);
  } else {
    next = src.slice(0, last.lineStart) + src.slice(last.lineStart, last.nameStart) + `${name}=${encoded}` + src.slice(last.end);
  }
  checkOnlyChanged(src, next, name, value);
  return crlf ? next.replace(/\n/g, '\r\n') : next;
}

/**
 * The text with each assignment of `name` given its own new value (`values[i]` for the i-th assignment):
 * a name set twice keeps both lines, each rewritten. dotenv reads the last one, as before.
 */
export function setDotenvValues(text: string, name: string, values: string[]): string {
  assertName(name);
  const crlf = /\r\n/.test(text);
  let src = normalise(text);
  const entries = dotenvEntries(src).filter((e) => e.name === name);
  if (entries.length !== values.length) throw new Error(`${name} is set ${entries.length} times, not ${values.length}`);
  for (const [i, e] of [...entries.entries()].reverse()) {
    const encoded = encodeDotenvValue(values[i] ?? ''); // as many values as entries, checked above
    if (e.rawValue) {
      const [from, to] = e.rawValue;
      src = src.slice(0, from) + encoded + (src[to] === '#' ? ' ' : '') + src.slice(to);
    } else {
      src = src.slice(0, e.nameStart) + `${name}=${encoded}` + src.slice(e.end);
    }
  }
  checkOnlyChanged(normalise(text), src, name, values[values.length - 1]);
  return crlf ? src.replace(/\n/g, '\r\n') : src;
}

/** The 1-based line an entry starts on. */
export function entryLine(text: string, entry: DotenvEntry): number {
  const src = normalise(text);
  let line = 1;
  for (let i = src.indexOf('\n'); i !== -1 && i < entry.nameStart; i = src.indexOf('\n', i + 1)) line++;
  return line;
}

/** The text without any assignment of `name` (each removed with its line break). */
export function removeDotenvValue(text: string, name: string): string {
  const crlf = /\r\n/.test(text);
  let src = normalise(text);
  for (const e of dotenvEntries(src).filter((x) => x.name === name).reverse()) {
    const end = src[e.end] === '\n' ? e.end + 1 : e.end;
    src = src.slice(0, e.lineStart) + src.slice(end);
  }
  checkOnlyChanged(normalise(text), src, name, undefined);
  return crlf ? src.replace(/\n/g, '\r\n') : src;
}

/** A guard against ever corrupting a neighbour: after an edit, only `name` may differ. */
function checkOnlyChanged(before: string, after: string, name: string, value: string | undefined): void {
  const a = parseDotenv(before);
  const b = parseDotenv(after);
  delete a[name];
  const got = b[name];
  delete b[name];
  const same = JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  if (!same || got !== value) {
    throw new UserError(`editing ${name} in .env would change other entries`, 'edit the .env file by hand');
  }
}

function assertName(name: string): void {
  if (!isValidEnvName(name)) {
    throw new UserError(`'${name}' is not a valid environment variable name`, 'use letters, digits and underscores, not starting with a digit');
  }
}

/** Reads a `.env` file's variables; a missing file has none. */
export async function readDotenv(file: string): Promise<Record<string, string>> {
  return parseDotenv((await readTextIfExists(file)) ?? '');
}

/** Sets `name` in `file`, atomically, keeping every other line; the file is left at mode 0600 or narrower. */
export async function upsertDotenv(file: string, name: string, value: string): Promise<void> {
  const text = (await readTextIfExists(file)) ?? '';
  await writeDotenvFile(file, setDotenvValue(text, name, value));
}

/** Every write of a `.env` file: atomic, through a symbolic link to its target, owner-only. */
export function writeDotenvFile(file: string, text: string): Promise<void> {
  return writeFileAtomic(file, text, 0o600, { private: true });
}

/** Removes `name` from `file`; false when it was not there. */
export async function removeDotenv(file: string, name: string): Promise<boolean> {
  const text = await readTextIfExists(file);
  if (text === undefined || !(name in parseDotenv(text))) return false;
  await writeDotenvFile(file, removeDotenvValue(text, name));
  return true;
}

const REFERENCE = /^keychain:([A-Za-z_][A-Za-z0-9_]*(?:@previous)?)$/;

/** The `.env` value that points at the keychain instead of holding the secret: `NAME=keychain:NAME`. */
export function keychainReference(account: string): string {
  return `keychain:${account}`;
}

/** The keychain account a `.env` value refers to, or undefined for a plain value. */
export function parseKeychainReference(value: string): string | undefined {
  return REFERENCE.exec(value)?.[1];
}

/** A `.env` file as a SecretStore (values are returned as written, references included). */
export function createDotenvStore(file: string): SecretStore & { readonly file: string } {
  return {
    kind: 'dotenv',
    file,
    async get(name) {
      return (await readDotenv(file))[name];
    },
    set: (name, value) => upsertDotenv(file, name, value),
    delete: (name) => removeDotenv(file, name),
  };
}
