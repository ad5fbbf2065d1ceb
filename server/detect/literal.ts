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
 * The quoted literal enclosing [start, end), quotes (and a Python r/b/f/u prefix) included. It opens on the
 * secret's first line; backtick and triple-quoted strings may close on a later line (a PEM key in a template
 * literal), other quotes on the same line. A tiny tokenizer walks the line from its start so that escaped
 * quotes and earlier strings are skipped.
 */
export function enclosingLiteral(lines: LineIndex, start: number, end: number, hashComments: boolean): Literal | undefined {
  const text = lines.text;
  const lineNo = lines.lineOf(start);
  const lineStart = lines.lineStart(lineNo);
  let open = -1;
  let quote = '';
  for (let i = lineStart; i < start; i++) {
    const ch = text[i];
    if (open >= 0) {
      if (ch === '\\') i++;
      else if (text.startsWith(quote, i)) { open = -1; i += quote.length - 1; }
    } else if (QUOTES.has(ch)) {
      open = i;
      quote = ch !== '`' && text[i + 1] === ch && text[i + 2] === ch ? ch.repeat(3) : ch;
      i += quote.length - 1;
    } else if ((ch === '/' && text[i + 1] === '/' && text[i - 1] !== ':') || (ch === '#' && hashComments)) {
      return undefined; // the secret sits in a comment
    }
  }
  if (open < 0) return undefined;
  const multiline = quote.length === 3 || quote === '`';
  const limit = multiline ? Math.min(text.length, end + MAX_MULTILINE) : lines.lineEnd(lineNo);
  let close = -1;
  for (let i = start; i < limit; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (text.startsWith(quote, i)) { close = i; break; }
  }
  if (close < end) return undefined;
  let from = open;
  const prefix = /(?:^|[^\w])([rRbBfFuU]{1,2})$/.exec(text.slice(Math.max(lineStart, from - 3), from));
  if (prefix && quote !== '`') from -= prefix[1].length;
  return { offset: from, endOffset: close + quote.length, quote };
}

/** Names too vague to be a good env var name on their own; the rule's default is better. */
const VAGUE = new Set(['API_KEY', 'APIKEY', 'ACCESS_KEY', 'SECRET_KEY', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'PASSWORD', 'PRIVATE_KEY', 'KEY', 'VALUE', 'TOKEN', 'SECRET', 'DATA', 'VAL', 'STR', 'S', 'X', 'V', 'ARG', 'PARAM', 'RESULT', 'DEFAULT', 'AUTH', 'CREDENTIALS', 'HEADERS', 'CONFIG']);

// `name = `, `name: `, `name := `, `"name": `, `name => `, `NAME=`, `config["name"] = `, `<name>`, `export NAME=`
const ASSIGNED = /([A-Za-z_$][\w$-]*)["'`\]]{0,3}\s*(?::=|=>|\?\?=|\|\|=|[:=])\s*(?:[rRbBfFuU]{0,2}["'`])?$/;
// `apiKey: string = `, `var apiKey string = ` (a type between the name and the value)
const TYPED = /([A-Za-z_$][\w$]*)\??\s*:\s*[A-Za-z_][\w.<>[\]| ]*?\s*=\s*["'`]?$|([A-Za-z_]\w*)\s+(?:string|String|str|\[\]byte)\s*=\s*["'`]?$/;
const XML_ELEMENT = /<([A-Za-z_][\w.-]*)(?:\s[^<>]*)?>$/;
const XML_ATTR_VALUE = /\b(?:key|name)\s*=\s*["']([A-Za-z_][\w.-]*)["']\s+value\s*=\s*["']$/;

/** UPPER_SNAKE_CASE of an identifier: stripeSecretKey → STRIPE_SECRET_KEY, api-key → API_KEY. */
export function toEnvName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase()
    .replace(/^(\d)/, '_$1');
}

/** Start of the unquoted value token holding the secret: after the last whitespace, `=` or `,` before it. */
export function valueStart(lines: LineIndex, secretOffset: number): number {
  const lineStart = lines.lineStart(lines.lineOf(secretOffset));
  const text = lines.text;
  let i = secretOffset;
  while (i > lineStart && !/[\s=,;(]/.test(text[i - 1])) i--;
  return i;
}

/**
 * The env var name suggested by what the value (or its literal, starting at `from`) is assigned to on its
 * line, or undefined when the context names nothing useful.
 */
export function assignedName(lines: LineIndex, from: number): string | undefined {
  const lineStart = lines.lineStart(lines.lineOf(from));
  const before = lines.text.slice(Math.max(lineStart, from - 200), from);
  const m = TYPED.exec(before) ?? ASSIGNED.exec(before) ?? XML_ATTR_VALUE.exec(before) ?? XML_ELEMENT.exec(before);
  if (!m) return undefined;
  const name = toEnvName((m[1] ?? m[2]).replace(/^\$/, ''));
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
    return parent ? `${toEnvName(parent[1])}_${name}` : name;
  }
  return name;
}
