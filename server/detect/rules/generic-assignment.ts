// What the generic rules share: the assignment pattern (variables, keys, properties, YAML/JSON/XML/.env/.ini,
// .npmrc, .netrc), and the judgement of the value: a real secret, not a word, a placeholder or a lookup.
import { shannonEntropy } from '../entropy';
import { toEnvName } from '../literal';
import type { Rule, RuleContext, Verdict } from '../rule';
import { wordCoverage } from './generic-words';

export type GenericKind = 'password' | 'token';
type Sensitivity = NonNullable<RuleContext['sensitivity']>;

interface Thresholds {
  minLength: number;
  minEntropy: number;
  minClasses: number;
  maxWordCoverage: number;
}

const THRESHOLDS: Record<GenericKind, Record<Sensitivity, Thresholds>> = {
  password: {
    low: { minLength: 10, minEntropy: 3.0, minClasses: 3, maxWordCoverage: 0.5 },
    medium: { minLength: 8, minEntropy: 2.5, minClasses: 2, maxWordCoverage: 0.75 },
    high: { minLength: 6, minEntropy: 2.0, minClasses: 1, maxWordCoverage: 0.9 },
  },
  token: {
    low: { minLength: 20, minEntropy: 3.5, minClasses: 2, maxWordCoverage: 0.3 },
    medium: { minLength: 16, minEntropy: 3.0, minClasses: 2, maxWordCoverage: 0.5 },
    high: { minLength: 10, minEntropy: 2.5, minClasses: 1, maxWordCoverage: 0.75 },
  },
};

// `apiKey: string = "…"`, `API_TOKEN: &str = "…"`, `val token: String? = "…"`: a typed declaration of a literal.
const TYPED = `:[ \\t]{0,4}&?(?:'static[ \\t]+)?[A-Za-z_][\\w.]{0,40}(?:<[\\w ,.]{0,40}>)?\\??[ \\t]{0,4}=(?![=>])(?=[ \\t]*["'\`])`;
// `#define API_KEY "…"` (C, C++, Objective-C): the blank after the name is the separator.
const DEFINE = '(?<=#[ \\t]{0,4}define[ \\t]{1,8}\\w{1,80}[ \\t]{1,8})';
// `define('DB_PASSWORD', '…')`, `os.Setenv("API_TOKEN", "…")`, `setProperty("db.password", "…")`: a quoted name,
// then the value as the next argument. The comma comes first and the lookbehind reads back over it: most
// positions fail on the one character instead of entering the lookbehind.
const CALL = `,(?<=\\b(?:define|setdefault|setproperty|setenv|putenv|put|set|add)[ \\t]{0,4}\\([ \\t]{0,4}["'][\\w.-]{1,80}["'][ \\t]{0,4},)`;

/**
 * The assignment pattern for names containing one of `names` (regex alternatives, matched case-insensitively).
 * The match starts at the keyword (a leading name part would make every position costly); `validate` reads
 * the rest of the name back from the text. Group `sep` is the separator, `secret` the value: either inside
 * quotes (any characters but quotes) or bare (no spaces, quotes or brackets). Every repetition is bounded.
 */
export function assignmentPattern(names: string, netrc = false): RegExp {
  // .netrc's `password value`: only after `password`, and validate checks the file name.
  const spaceSep = netrc ? '|[ \\t](?<=password[ \\t])(?=[^\\s:=])' : '';
  return new RegExp(
    // A separator never starts inside a name, so the name's rest is read whole (`(?![\w.-])`) rather than
    // tried at each length: a keyword inside a long identifier (`secretlint-rule-preset`) fails in one pass.
    // The separators that need a blank before them (`value=`, #define) are tried only after one.
    // `[ \t]*` takes every blank before the separator; no alternative may start with a blank again (it would
    // re-read the run from each position: quadratic on a keyword followed by a long run of spaces).
    `(?:${names})[\\w.-]{0,30}(?![\\w.-])["'\\]]{0,2}[ \\t]*(?<sep>:=|=>|${TYPED}|[:=>]|(?<=[ \\t])(?:value[ \\t]*=|${DEFINE})|${CALL}${spaceSep})[ \\t]*`
    + `(?:[rbu]{1,2}(?=["']))?["'\`]?(?:(?:bearer|basic|token)[ \\t]+)?`
    // A trailing `\n`, `\r` or `\t` is the string's escape (`"PASSWORD=…\n"` in code), not part of the value.
    + `(?<secret>(?<=["'\`])[^"'\`\\r\\n]{4,200}?(?=(?:\\\\[nrt])*["'\`])|(?<![\\w"'\`])(?:[^\\s"'\`,;<>(){}[\\]\\\\]|\\\\(?![nrt])){4,200})`,
    'gi',
  );
}

/** `[\w.-]`: a character of a name, read by char code. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** The full name the keyword belongs to: `DB_PASSWORD`, `stripe.apiKey`, `_authToken`. */
function fullName(text: string, keywordAt: number, match: RegExpExecArray): string {
  let start = keywordAt;
  while (start > 0 && keywordAt - start < 60 && (isNameChar(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 36)) start--; // or `$`
  const found = match[0];
  let end = 0;
  while (end < found.length && isNameChar(found.charCodeAt(end))) end++;
  return text.slice(start, keywordAt) + found.slice(0, end);
}

// Words in a name that say the value is not the secret itself (a length, a URL, a label, a hash…).
const NOT_SECRET_PARTS = new Set(`url uri urls endpoint path file filename dir type method mode header name names id ids
label hint placeholder field length len count min max expiry expires expiration expire ttl timeout version format
provider scheme strategy enabled enable disabled required policy regex pattern prefix suffix hash hashed digest
input form error message msg text title description desc help prompt validation validator rule rules reset forgot
strength env var ref arn location region host port user username email sha commit rev checksum integrity
fingerprint size limit lifetime age index kind class style icon button link route handler callback fn func
template key_id keyid param params option options flag flags mask masked visible show hidden toggle source
instant date time timestamp`.split(/\s+/));
const NOT_SECRET_NAME = /public|publishable|tokeniz|author(?!iz)|authorit|passthrough|passport|bypass|compass|passenger|passive|secretary|usetoken|csrf|xsrf|nonce/;

function nameParts(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

// A name that ends in one of these names the secret itself, whatever qualifies it before (`EMAIL_HOST_PASSWORD`,
// `db_user_password`): the words that say "about a secret" (`password_length`, `token_url`) come after it.
const SECRET_LAST_PARTS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'token', 'credential', 'credentials']);

/** True when the name says the value is something about a secret rather than the secret. */
export function isNonSecretName(name: string): boolean {
  let cut = name.length;
  while (cut > 0 && !isSegmentSeparator(name.charCodeAt(cut - 1))) cut--;
  const last = name.slice(cut); // after the last `.`, `:` or `/`
  if (NOT_SECRET_NAME.test(last.toLowerCase())) return true;
  if (/[a-z]pass$/.test(last)) return true; // `bypass`, `compass`; `keystorePass` names a password
  const parts = nameParts(last);
  if (parts.length > 1 && SECRET_LAST_PARTS.has(parts[parts.length - 1]!)) return false;
  return parts.some((p) => NOT_SECRET_PARTS.has(p));
}

/** `#define SN_id_regToken "id-regToken"`, `token: TOKEN`: a value that spells its own name is a label. */
function echoesName(value: string, name: string): boolean {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const v = squash(value);
  return v.length >= 4 && squash(name).includes(v);
}

const CODE_EXT = /\.(?:[cm]?[jt]sx?|py|go|java|kt|kts|scala|rb|php|cs|swift|rs|c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|tcc|tpp|ipp|inl|m|mm|dart|groovy|vue|svelte|lua|pl|pm|ex|exs|erl|hs|ml|fs|clj|jl|zig|nim|r)$/i;
const TEST_PATH = /(?:^|[\\/])(?:tests?|__tests__|spec|specs|fixtures?|mocks?|__mocks__|testdata|examples?|samples?|docs?)[\\/]|[._-](?:test|spec|mock|fixture)s?\.[a-z]+$/i;

function classes(value: string): number {
  let lower = 0, upper = 0, digit = 0, symbol = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else symbol = 1;
  }
  return lower + upper + digit + symbol;
}

/** A word, an acronym or one capital (`OAuth`, `XPath`): `password`, `By`, `DOM`. */
const WORD = /^[A-Z]?[a-z]+$|^[A-Z]{1,6}$/;

/**
 * Identifiers made of words (`passwordRecentlyUsed`, `platformAuthDOMGetContracts`, `msal:acquireTokenStart`,
 * `token_sha256_to_refresh`): every camelCase part of every segment is a word. Random keys break into scraps.
 */
function isIdentifierLike(value: string): boolean {
  // A trailing `.`, `*` or `\` is the sentence's, the markup's or the escaped quote's. Before it, any character
  // but letters, digits and `-_.:/` (random keys have `+`, `=`, `%`…) lands in a segment that is no word.
  let end = value.length;
  while (end > 0 && /[.*\\!?]/.test(value.charAt(end - 1))) end--;
  for (let i = 0; i < end; i++) if (!isNameChar(value.charCodeAt(i)) && !isSegmentSeparator(value.charCodeAt(i))) return false;
  // A version inside a name (`V1SecretVolumeSource`) separates words.
  const segments = value.slice(0, end).replace(/(?<=[A-Za-z])\d{1,3}(?=[A-Z])/g, '_').split(/[-_.:/]/).filter(Boolean);
  // Paths and coordinates (`projects/123/secrets/db`, `com.acme:auth-lib:1.3.0`) hold numbers as segments.
  const numbers = /[:/]/.test(value) ? segments.filter((s) => /^\d+$/.test(s)).length : 0;
  if (numbers > 0 && segments.length - numbers < 2) return false;
  let letters = 0;
  let parts = 0;
  for (const segment of segments) {
    if (numbers > 0 && /^\d+$/.test(segment)) continue;
    const body = segments.length > 1 ? segment.replace(/\d{1,3}$/, '') : segment;
    if (!/^[A-Za-z]+$/.test(body)) return false;
    if (body.length === 1 && segments.length > 1) continue; // `_S_token_ord_char`, `m_value`: a one-letter prefix
    const words = body.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
    if (!words.every((w) => WORD.test(w))) return false;
    letters += body.length;
    parts += words.length;
  }
  // Real words average well over 3 letters; random mixed case breaks into parts of about 2.
  return parts > 0 && letters / parts >= 3.5;
}
const ALGORITHM = /^(?:scram-sha-(?:1|256)|md5|sha-?(?:1|224|256|384|512)|bcrypt|scrypt|argon2(?:id|i|d)?|pbkdf2(?:[-_]sha\d+)?|plain(?:text)?|[hre]s(?:256|384|512)|aes-?(?:128|192|256)(?:-[a-z]+)?)$/i;

const LEET: Record<string, string> = { '$': 's', '@': 'a', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
/** LEET by char code (a replace() with a callback cost more than the rest of the word check). */
const LEET_AT: (string | undefined)[] = [];
for (const [c, plain] of Object.entries(LEET)) LEET_AT[c.charCodeAt(0)] = plain;

/** `value` with leetspeak read as letters; `value` itself when it has none. */
function unLeet(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const plain = LEET_AT[value.charCodeAt(i)];
    if (plain !== undefined) {
      out += value.slice(from, i) + plain;
      from = i + 1;
    }
  }
  return from === 0 ? value : out + value.slice(from);
}

/** Per char code, its base64 digit (-1: none). */
const BASE64_DIGIT = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => { BASE64_DIGIT[c.charCodeAt(0)] = i; });

/**
 * The text a base64 value encodes, when it is printable ASCII (base64 of random bytes almost never is): decoded
 * byte by byte, so a random value stops at its first unprintable byte without a Buffer.
 */
function base64Text(value: string): string | undefined {
  if (value.length < 12 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const digits = value.length - (value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0);
  let bits = 0;
  let held = 0;
  let text = '';
  for (let i = 0; i < digits; i++) {
    bits = (bits << 6) | (BASE64_DIGIT[value.charCodeAt(i)] ?? 0);
    held += 6;
    if (held >= 8) {
      held -= 8;
      const byte = (bits >> held) & 0xff;
      if (byte < 0x20 || byte > 0x7e) return undefined;
      text += String.fromCharCode(byte);
    }
  }
  return text.length > 0 ? text : undefined;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LITERALS = /^(?:true|false|null|nil|none|undefined|yes|no|on|off|empty|string|str|number|int|bool|boolean|object|any|required|optional|secret|password|token)$/i;

/**
 * Whether `value` looks like a real secret for a name of this kind. `quoted`: the value sat in quotes, so in code
 * it is a literal; bare values in code are expressions (identifiers, lookups) and never count.
 */
export function looksLikeSecret(value: string, kind: GenericKind, ctx: { path: string; quoted: boolean; sensitivity: Sensitivity; allowUuid?: boolean }): boolean {
  const t = THRESHOLDS[kind][ctx.sensitivity];
  if (kind === 'password' && ctx.quoted && / /.test(value)) return isPassphrase(value, ctx.path);
  if (value.length < t.minLength || !/^[\x21-\x7e]+$/.test(value) || LITERALS.test(value)) return false; // printable ASCII, no spaces
  if (/&\w+=/.test(value)) return false; // a query string
  if (/^[a-z_]+(?::[^|\s]*)?(?:\|[a-z_]+(?::[^|\s]*)?)+$/.test(value)) return false; // validation rules: required|min:12
  if (!ctx.quoted && CODE_EXT.test(ctx.path)) return false;
  if (/^[-+]?\d[\d_.,]*$/.test(value)) return false; // a number
  // A long, dense value of every character class (a WordPress salt) may hold brackets; anything shorter with
  // them is a lookup, a call or a selector.
  const kinds = classes(value);
  const entropy = value.length >= 32 && kinds === 4 ? shannonEntropy(value) : undefined;
  const dense = entropy !== undefined && entropy >= 4.5;
  if (/\$\{|\{\{/.test(value) || (!dense && /^[$@%&#]|^\{|[()]/.test(value))) return false; // template, lookup, call
  if (/^[A-Za-z_$][\w$]*(?:(?:\.|::|->|\?\.)[A-Za-z_$][\w$]*)+$/.test(value)) return false; // config.password, Foo::BAR
  if (/^(?:[a-z]\w*[=:])?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[.,*]?$/.test(value)) return false; // an env var or enum NAME, `label=NAME`
  if (/\\[-/.]|\.[+*]$/.test(value)) return false; // a regular expression: `secret:ecr\\-cache\\/`, `Metrics-.+`
  if (/\(\?<?[:=!]|\\[dswbDSWB]|\]\{\d+(?:,\d*)?\}/.test(value)) return false; // a regex's groups, classes, counts: `(?<![\w-])[a-z0-9]{30}`
  if (UUID.test(value) && !ctx.allowUuid) return false;
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|\/|\.{1,2}\/|~\/|[A-Za-z]:\\)/i.test(value) && !/:\/\/[^/\s:@]*:[^/\s@]+@/.test(value)) return false; // a path or URL without credentials
  if (/\.(?:pem|key|crt|cer|p12|pfx|json|ya?ml|txt|env|ini|conf|cfg|toml|xml|js|ts|py|sh|jks|keystore)$/i.test(value)) return false; // a file name
  if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) return false; // an email address
  if (/^#?[0-9a-f]{3,8}$/i.test(value) && value.length <= 8) return false; // a colour
  if (/^v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?$/.test(value)) return false; // a version
  if (/\$\{?[A-Z][A-Z0-9]*_[A-Z0-9_]+/.test(value)) return false; // "anonymous:$FROM_EMAIL": an interpolated variable
  if (ALGORITHM.test(value)) return false; // password_encryption = scram-sha-256
  const text = base64Text(value);
  if (text !== undefined && !looksLikeSecret(text, kind, { ...ctx, quoted: true })) return false; // base64 of "not my real password"
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(value)) return false; // a date or time
  if (isIdentifierLike(value)) return false; // acquireTokenSilent, msal:tokenStart, token_sha256_to_refresh
  if (!dense && /[[\]]/.test(value)) return false; // a selector or an index expression
  if (kinds < t.minClasses) return false;
  if ((entropy ?? shannonEntropy(value)) < t.minEntropy) return false;
  // `pa$$word`, `P@ssw0rd`: words in leetspeak are still words (read again only when there is leetspeak).
  if (wordCoverage(value) > t.maxWordCoverage) return false;
  const plain = unLeet(value);
  return plain === value || wordCoverage(plain) <= t.maxWordCoverage;
}

// Little words of sentences (English, French, German, Spanish): UI text has them, generated passphrases do not.
const STOP_WORDS = new Set(`a an the to of in on at is be are must your you and or not for with least at your
de le la les un une du des et mot ou pas votre der die das ein eine und ist nicht mit ihr el los las y que por con su`.split(/\s+/));
const I18N_PATH = /(?:^|[\\/])(?:locales?|i18n|l10n|lang|langs|languages|translations?|messages)[\\/]|\.(?:po|pot|xlf|xliff|strings|resx|arb)$/i;

/**
 * A passphrase (`tiger lamp orbit 7 velvet`): 4 to 10 words of 3+ letters or numbers, at least one number,
 * no sentence words or punctuation, mostly not config vocabulary, outside translation files.
 */
function isPassphrase(value: string, path: string): boolean {
  if (I18N_PATH.test(path) || value.length < 16 || !/^[A-Za-z0-9 ]+$/.test(value)) return false;
  const words = value.split(' ');
  if (words.length < 4 || words.length > 10 || !words.some((w) => /^[0-9]+$/.test(w))) return false;
  if (words.some((w) => !/^(?:[A-Za-z]{3,}|[0-9]{1,6})$/.test(w) || STOP_WORDS.has(w.toLowerCase()))) return false;
  return wordCoverage(words.join('')) <= 0.5;
}

export interface GenericRuleSpec {
  id: string;
  description: string;
  kind: GenericKind;
  keywords: string[];
  /** Regex alternatives for the name part, e.g. `password|passwd|pwd`. */
  names: string;
  envVar: string;
}

/** The quote character at `i`, if there is one. */
function quoteAt(text: string, i: number): string | undefined {
  const c = text.charCodeAt(i);
  return c === 34 || c === 39 || c === 96 ? text.charAt(i) : undefined; // " ' `
}

/** The quote that closes a string right after `end`, past `\n`, `\r` or `\t` escapes, within 8 characters. */
function closingQuote(text: string, end: number): string | undefined {
  const limit = Math.min(text.length, end + 8);
  let i = end;
  while (i + 1 < limit && text.charCodeAt(i) === 92 && /[nrt]/.test(text.charAt(i + 1))) i += 2;
  return i < limit ? quoteAt(text, i) : undefined;
}

/**
 * .NET's `<map Token="b77a5c561934e089" PublicKey="0024…" />` (Mono's machine.config): a strong name's public-key
 * token, 8 bytes of the public key's hash on the same line, as public as the key.
 */
function isStrongNameToken(text: string, secret: string, end: number): boolean {
  if (secret.length !== 16 || !/^[0-9a-f]{16}$/i.test(secret)) return false;
  const eol = text.indexOf('\n', end);
  return /^["']?\s+PublicKey\s*=/i.test(text.slice(end, eol < 0 ? end + 64 : Math.min(eol, end + 64)));
}

/** The last non-empty part of a dotted, coloned or slashed name (`spring.mail.password` → `password`). */
function lastSegment(name: string): string {
  let end = name.length;
  while (end > 0 && isSegmentSeparator(name.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSegmentSeparator(name.charCodeAt(start - 1))) start--;
  return end > 0 ? name.slice(start, end) : name;
}

function isSegmentSeparator(c: number): boolean {
  return c === 46 || c === 58 || c === 47; // . : /
}

interface FileFacts {
  /** Source code, where a bare value is an expression. */
  code: boolean;
  /** .netrc or .authinfo, where a blank separates name and value. */
  netrc: boolean;
  npmrc: boolean;
  /** Tests, fixtures, examples, docs: findings there are of low confidence. */
  test: boolean;
}

// Every candidate of a text has the same path: its facts are worked out once per file.
let factsPath: string | undefined;
let facts: FileFacts = { code: false, netrc: false, npmrc: false, test: false };

function fileFacts(path: string): FileFacts {
  if (path !== factsPath) {
    const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
    facts = { code: CODE_EXT.test(path), netrc: /^[._]?netrc$|^\.authinfo$/.test(base), npmrc: base === '.npmrc', test: TEST_PATH.test(path) };
    factsPath = path;
  }
  return facts;
}

/** A generic assignment rule: severity 'warning', confidence from context, name from the assignment. */
export function genericRule(spec: GenericRuleSpec): Rule {
  return {
    id: spec.id,
    provider: 'Generic',
    description: spec.description,
    keywords: spec.keywords,
    pattern: assignmentPattern(spec.names, spec.kind === 'password'),
    severity: 'warning',
    confidence: 'medium',
    envVar: spec.envVar,
    generic: true,
    anchored: true,
    reach: 112, // the #define and define() lookbehinds: about 100 characters back; fullName 60; the closing quote 8 after
    validate(secret, match, ctx): Verdict | false {
      // Cheapest checks first: most candidates in code are bare expressions (`token: options.token`).
      // The pattern ends with the secret: its offsets follow from the match's end.
      const secretEnd = match.index + match[0].length;
      const secretAt = secretEnd - secret.length;
      // Inside a string: right after a quote, or ending at one (`"Bearer …"`, `"X-Api-Key: …"`).
      const opening = quoteAt(ctx.text, secretAt - 1);
      const closing = closingQuote(ctx.text, secretEnd);
      // `B">…'` is not a string: one that opens with one quote closes with the same.
      if (opening && closing && opening !== closing) return false;
      const quoted = opening !== undefined || closing !== undefined;
      const file = fileFacts(ctx.path);
      if (!quoted && file.code) return false;
      const sep = match.groups?.sep ?? '';
      if (/^[ \t]+$/.test(sep) && !file.netrc) return false;
      if (/value/i.test(sep) && !quoted) return false;
      const name = fullName(ctx.text, match.index, match);
      if (isNonSecretName(name) || echoesName(secret, name)) return false;
      // `--- PASS: TestVet/5 (0.07s)`: a test runner's status line, not a `pass` setting.
      if (/^pass$/i.test(name) && /-{3}[ \t]$/.test(ctx.text.slice(Math.max(0, match.index - 4), match.index))) return false;
      if (isStrongNameToken(ctx.text, secret, secretEnd)) return false;
      const npmrc = file.npmrc || /_authtoken$/i.test(name);
      // A UUID is an id, except as an npm token or under an API-key name (`WEATHER_API_KEY=<uuid>`).
      const allowUuid = npmrc || /api[_ .-]?key/i.test(name);
      if (!looksLikeSecret(secret, spec.kind, { path: ctx.path, quoted, sensitivity: ctx.sensitivity ?? 'medium', allowUuid })) return false;
      return {
        confidence: file.test ? 'low' : 'medium',
        suggestedName: npmrc ? 'NPM_TOKEN' : toEnvName(lastSegment(name)) || undefined,
      };
    },
  };
}
