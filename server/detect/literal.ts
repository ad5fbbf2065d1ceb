// The string literal around a secret, and the name it is assigned to (for the suggested env var name).
import type { LineIndex } from './line-index';

export interface Literal {
  offset: number;
  endOffset: number;
  quote: string;
}

const QUOTES = new Set(['"', "'", '`']);

/** How far a template literal or triple-quoted string may run past its first line (a PEM key is ~3 KB). */
const MAX_MULTILINE = 64 * 1024;

/**
 * Finds the quoted literal enclosing a secret, quotes (and a Python r/b/f/u prefix) included. It opens on the
 * secret's first line; backtick and triple-quoted strings may close on a later line (a PEM key in a template
 * literal), other quotes on the same line. A tiny tokenizer walks the line so that escaped quotes and earlier
 * strings are skipped; it resumes where the previous call stopped, so that many findings on one long
 * (minified) line cost one pass over it. Call `find` in ascending offset order.
 */
export class LiteralFinder {
  private line = -1;
  private pos = 0;
  private open = -1;
  private quote = '';
  private inComment = false;

  constructor(private readonly lines: LineIndex, private readonly hashComments: boolean) {}

  find(start: number, end: number): Literal | undefined {
    const { lines } = this;
    const text = lines.text;
    const lineNo = lines.lineOf(start);
    const lineStart = lines.lineStart(lineNo);
    if (lineNo !== this.line || start < this.pos) {
      this.line = lineNo;
      this.pos = lineStart;
      this.open = -1;
      this.inComment = false;
    }
    let i = this.pos;
    for (; i < start && !this.inComment; i++) {
      const ch = text.charAt(i);
      if (this.open >= 0) {
        if (ch === '\\') i++;
        else if (text.startsWith(this.quote, i)) { this.open = -1; i += this.quote.length - 1; }
      } else if (QUOTES.has(ch)) {
        this.open = i;
        this.quote = ch !== '`' && text[i + 1] === ch && text[i + 2] === ch ? ch.repeat(3) : ch;
        i += this.quote.length - 1;
      } else if ((ch === '/' && text[i + 1] === '/' && text[i - 1] !== ':') || (ch === '#' && this.hashComments)) {
        this.inComment = true; // the rest of the line is a comment
      }
    }
    this.pos = Math.max(i, start);
    if (this.inComment || this.open < 0) return undefined;
    const quote = this.quote;
    const multiline = quote.length === 3 || quote === '`';
    const limit = multiline ? Math.min(text.length, end + MAX_MULTILINE) : lines.lineEnd(lineNo);
    let close = -1;
    for (let j = start; j < limit; j++) {
      if (text[j] === '\\') j++;
      else if (text.startsWith(quote, j)) { close = j; break; }
    }
    if (close < end) return undefined;
    let from = this.open;
    const prefix = /(?:^|[^\w])([rRbBfFuU]{1,2})$/.exec(text.slice(Math.max(lineStart, from - 3), from));
    if (prefix?.[1] && quote !== '`') from -= prefix[1].length;
    return { offset: from, endOffset: close + quote.length, quote };
  }
}

/** Names too vague to be a good env var name on their own; the rule's default is better. */
const VAGUE = new Set(['API_KEY', 'APIKEY', 'ACCESS_KEY', 'SECRET_KEY', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'PASSWORD', 'PRIVATE_KEY', 'KEY', 'VALUE', 'TOKEN', 'SECRET', 'DATA', 'VAL', 'STR', 'S', 'X', 'V', 'ARG', 'PARAM', 'RESULT', 'DEFAULT', 'AUTH', 'CREDENTIALS', 'HEADERS', 'CONFIG']);

const XML_ELEMENT = /<([A-Za-z_][\w.-]*)(?:\s[^<>]*)?>$/;
const XML_ATTR_VALUE = /\b(?:key|name)\s*=\s*["']([A-Za-z_][\w.-]*)["']\s+value\s*=\s*$/;
const OPERATORS = ['??=', '||=', ':=', '=>', '=', ':'];
const GO_TYPES = new Set(['string', 'String', 'str', '[]byte']);
const NAME_CHAR = /[\w$-]/;

/**
 * The name assigned to in `before` (text ending right where the value starts), read backwards so that the cost
 * does not depend on the line's length: `name = `, `name: `, `name := `, `"name": `, `name => `, `NAME=`,
 * `config["name"] = `, `apiKey: string = `, `var apiKey string = `, `<name>`, `<add key="name" value=`.
 */
function nameBefore(before: string): string | undefined {
  let i = before.length;
  const skipSpace = () => { while (i > 0 && (before[i - 1] === ' ' || before[i - 1] === '\t')) i--; };
  const readName = () => {
    const end = i;
    while (i > 0 && NAME_CHAR.test(before.charAt(i - 1))) i--;
    return before.slice(i, end);
  };
  skipSpace();
  if (before[i - 1] === '>' && before[i - 2] !== '=') return XML_ELEMENT.exec(before.slice(0, i))?.[1];
  const op = OPERATORS.find((o) => before.startsWith(o, i - o.length));
  if (!op) return undefined;
  i -= op.length;
  if (op === '=' && /[=!<>]/.test(before[i - 1] ?? '')) return undefined; // a comparison
  skipSpace();
  for (let k = 0; k < 3 && /["'`\]]/.test(before[i - 1] ?? ''); k++) i--;
  let name = readName();
  if (op === '=' && name === 'value') return XML_ATTR_VALUE.exec(before)?.[1];
  if (op === '=' && name) {
    const typeStart = i;
    skipSpace();
    if (before[i - 1] === ':' || (before[i - 1] === '?' && before[i - 2] === ':')) { // apiKey?: string =
      i -= before[i - 1] === '?' ? 2 : 1;
      skipSpace();
      if (before[i - 1] === '?') i--;
      name = readName() || name;
    } else if (GO_TYPES.has(before.slice(typeStart - 2, typeStart) + name) || GO_TYPES.has(name)) {
      if (before.slice(typeStart - 2, typeStart) === '[]') { i = typeStart - 2; skipSpace(); }
      if (i < typeStart) name = readName() || name; // var apiKey string =
    }
  }
  return /^[A-Za-z_$]/.test(name) ? name : undefined;
}

// A scan asks for the same few names (`api_key`, `token`, `password`) at every finding: six regex replaces each.
const envNames = new Map<string, string>();
const ENV_NAMES_KEPT = 4096;

/** UPPER_SNAKE_CASE of an identifier: stripeSecretKey → STRIPE_SECRET_KEY, api-key → API_KEY. */
export function toEnvName(name: string): string {
  let env = envNames.get(name);
  if (env === undefined) {
    env = name
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .toUpperCase()
      .replace(/^(\d)/, '_$1');
    if (envNames.size >= ENV_NAMES_KEPT) envNames.clear();
    envNames.set(name, env);
  }
  return env;
}

/** Start of the unquoted value token holding the secret: after the last whitespace, `=` or `,` before it. */
export function valueStart(lines: LineIndex, secretOffset: number): number {
  const lineStart = lines.lineStart(lines.lineOf(secretOffset));
  const text = lines.text;
  const stop = Math.max(lineStart, secretOffset - 256); // bounded: minified lines have no whitespace to stop at
  let i = secretOffset;
  while (i > stop && !/[\s=,;(]/.test(text.charAt(i - 1))) i--;
  return i;
}

/**
 * The env var name suggested by what the value (or its literal, starting at `from`) is assigned to on its
 * line, or undefined when the context names nothing useful.
 */
export function assignedName(lines: LineIndex, from: number): string | undefined {
  const lineStart = lines.lineStart(lines.lineOf(from));
  const found = nameBefore(lines.text.slice(Math.max(lineStart, from - 200), from));
  if (!found) return undefined;
  const name = toEnvName(found.replace(/^\$/, ''));
  return name && !VAGUE.has(name) ? name : undefined;
}

/** Names that say what a value is but not whose it is; under a YAML parent key they take its name as prefix. */
const WHOSE = new Set(['PASSWORD', 'SECRET', 'TOKEN', 'API_KEY', 'KEY', 'AUTH_TOKEN', 'ACCESS_TOKEN', 'SECRET_KEY', 'PASS', 'PWD', 'URL']);

/**
 * In YAML, `mail:\n  password: x` suggests MAIL_PASSWORD: the nearest parent mapping key above the value's line
 * prefixes a name that alone would be vague. Other files, or no parent: the name as it is.
 */
export function withYamlParent(lines: LineIndex, offset: number, path: string, name: string): string {
  if (!WHOSE.has(name) || !/\.ya?ml$/i.test(path)) return name;
  const line = lines.lineOf(offset);
  // A list item's `- ` counts as indentation: its keys sit at the same depth as the item's other keys.
  const unlist = (l: string) => l.replace(/^(\s*)- /, '$1  ');
  const indent = (l: string) => l.length - l.trimStart().length;
  const own = indent(unlist(lines.lineText(line)));
  for (let i = line - 1; i >= 0 && i >= line - 200; i--) {
    const text = unlist(lines.lineText(i));
    if (text.trim() === '' || text.trimStart().startsWith('#') || indent(text) >= own) continue;
    const parent = /^\s*([A-Za-z_][\w.-]*):\s*(?:#.*)?$/.exec(text);
    return parent?.[1] ? `${toEnvName(parent[1])}_${name}` : name;
  }
  return name;
}
