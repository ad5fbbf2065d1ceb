// Values that are obviously not real secrets: placeholders, templates, lookups, documentation examples. The one
// place that judges them: the engine drops every finding whose value `isStandInValue` (after all rules), and rules
// judge the variable part of their token with the stricter `isPlaceholder` (or `unlessPlaceholder`).
import { digestSet } from './digest-set';
import type { Verdict } from './rule';

// Words that mark a stand-in value. They count in one case (lower, UPPER, Capitalised) so that a random key
// or a base64 body that happens to contain `fAkE` is not dropped; words under 6 letters also need a boundary.
const WORDS = ['your', 'example', 'changeme', 'change_me', 'change-me', 'placeholder', 'dummy', 'sample', 'redacted',
  'replace', 'insert', 'fake', 'mytoken', 'mysecret', 'mypassword', 'mykey', 'secretkey', 'notreal', 'notasecret'];
const SHORT = WORDS.filter((w) => w.length < 6).join('|');
const WORD_RE = new RegExp(`${WORDS.filter((w) => w.length >= 6).join('|')}|(?<![A-Za-z])(?:${SHORT})|(?:${SHORT})(?![A-Za-z])`, 'gi');

// Substrings that mark templates, lookups, masks and elisions wherever they occur: one regex pass, not an
// includes() per marker.
const MARKERS = new RegExp(['xxxx', 'XXXX', '****', '...', '…', '${', '{{', '%(', '<%', 'process.env', 'import.meta.env',
  'os.environ', 'getenv', 'env[', 'ENV[', 'secretKeyRef', 'vault:', 'keychain:'].map((m) => m.replace(/[.*${}()[\]]/g, '\\$&')).join('|'));

function hasMarkerWord(value: string): boolean {
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(value); m; m = WORD_RE.exec(value)) {
    const w = m[0];
    if (w === w.toLowerCase() || w === w.toUpperCase() || w === w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()) return true;
  }
  return false;
}

/**
 * Keys printed in providers' docs and copied into countless tutorials and tests, by SHA-256 digest so that no
 * bundle carries them: Stripe's API reference (sk_test_4eC3…, pk_test_TYoo…, sk_test_BQok…), Slack's OAuth docs
 * (xoxb-1765…), X's docs (AAAA…MLhe…).
 */
const DOCUMENTED_KEYS = digestSet([
  '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326',
  'b1471f544ceeea31333bde7e1ecbaad6eac0d4a749412ad29bd66ef895b81c6b',
  'f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397',
  '2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb',
  'b390e2e57c227c0722bf8a283a4d3cb4dcf067da300d776b0b17797025b95824',
], { lengths: [32, 53, 116], prefixes: ['sk_test_', 'pk_test_', 'xoxb-', 'AAAA'] });

/** Values published in RFCs, so found in countless tutorials and libraries. */
const DOCUMENTED = new Set([
  // RFC 6749 and 6750 (OAuth 2.0)
  '2YotnFZFEjr1zCsicMWpAA', 'tGzv3JOkF0XG5Qx2TlKWIA', 'SplxlOBeZQQYbYS6WxSbIA', 'gX1fBat3bV', 'mF_9.B5f-4.1JqM',
  // RFC 5849 (OAuth 1.0)
  'dpf43f3p2l4k3l03', 'kd94hf93k423kf44', 'hh5s93j4hdidpola', 'hdhd0244k9j7ao03', 'nnch734d00sl2jdk',
  'pfkkdhi9sl3r4s00', '0685bd9184jfhq22', 'ad180jjd733klru7', 'wOJIO9A2W5mFwDgiDvZbTSMK%2FPY%3D',
]);

/** True when the value is a placeholder, a template variable, an env lookup or has too little variety. */
export function isStandInValue(value: string): boolean {
  if (DOCUMENTED.has(value)) return true;
  if (MARKERS.test(value)) return true;
  if (hasMarkerWord(value) || /^env\./i.test(value)) return true;
  if (/^<[^<>]+>$|<[a-z_ -]{3,}>/i.test(value)) return true; // <TOKEN>, <your token>
  if (/^\$[A-Za-z_]\w*$|^\$\([^)]*\)$|^%[A-Za-z_]\w*%$/.test(value)) return true; // $VAR, $(cmd), %VAR%
  // printf and format-string slots: `sk_live_%s`, `%08d`, `{}`, `{0}`; inside a random value `%s` would be
  // followed by more letters or digits.
  if (/(?<!%)%[-+ #0]?\d*(?:\.\d+)?[sdiufxqv](?![A-Za-z0-9])|\{\d?\}/.test(value)) return true;
  // Last: the one check that hashes.
  return lowVariety(value) || hasSequence(value) || DOCUMENTED_KEYS(value);
}

/** Few distinct characters, or one character repeated over much of the value. */
function lowVariety(value: string): boolean {
  // One pass over the code units, tracking up to four distinct ones (a Set over the string cost more than all
  // the other checks together); surrogates make code units differ from characters, so they take the Set.
  let a = -1, b = -1, c = -1, many = false, surrogate = false;
  let run = 1;
  let longest = value.length > 0 ? 1 : 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch >= 0xd800 && ch <= 0xdfff) surrogate = true;
    if (!many && ch !== a && ch !== b && ch !== c) {
      if (a < 0) a = ch;
      else if (b < 0) b = ch;
      else if (c < 0) c = ch;
      else many = true;
    }
    if (i > 0) {
      run = ch === value.charCodeAt(i - 1) ? run + 1 : 1;
      if (run > longest) longest = run;
    }
  }
  const distinct = surrogate ? new Set(value).size : many ? 4 : (a >= 0 ? 1 : 0) + (b >= 0 ? 1 : 0) + (c >= 0 ? 1 : 0);
  if (value.length >= 8 && distinct <= 3) return true;
  return longest >= 5 && longest >= value.length * 0.4;
}

/**
 * A run like `12345678` or `abcdefgh` (6 in short values), or an interleaved `a1b2c3d4e5` (runs of 5 among the
 * digits alone and among the letters alone): typed by a person, not generated. One pass for the three runs.
 */
function hasSequence(value: string): boolean {
  let all = 0, allRun = 0, digits = 0, digitRun = 0, letters = 0, letterRun = 0;
  let prevDigit = -1, prevLetter = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const p = i > 0 ? value.charCodeAt(i - 1) : -1;
    allRun = c === p + 1 && isAlnum(p) && isAlnum(c) ? allRun + 1 : 1;
    if (allRun > all) all = allRun;
    if (c >= 48 && c <= 57) {
      digitRun = c === prevDigit + 1 ? digitRun + 1 : 1;
      if (digitRun > digits) digits = digitRun;
      prevDigit = c;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letterRun = c === prevLetter + 1 ? letterRun + 1 : 1;
      if (letterRun > letters) letters = letterRun;
      prevLetter = c;
    }
  }
  if (digits >= 5 && letters >= 5) return true;
  return all >= (value.length < 20 ? 6 : 8);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// For rules: adds to `isStandInValue` what config templates and docs also write instead of a secret: template
// syntax, elisions, bare stand-in words and runs of one character. Rules call it on the variable part of a token
// (after any fixed prefix such as `sk_live_`), so prefixes like Twitter's run of `A`s do not count as a run.
// Words count in one case only, never case-blind: a random token may contain `xXxx` or `AbCdEf` by chance.
const TEMPLATE = /\$\{|\$\(|\{\{|\}\}|<[^>]{0,40}>|%s|%\(|\.\.\.|…|\*{3}/;
// In one case only (lower, UPPER, Capitalised), as people type them: random tokens mix case, so `fAkE` or `YoUr`
// inside a real key is chance, not a stand-in.
const TOKEN_WORDS = /your|fake|notreal|not_real|foobar|YOUR|FAKE|NOTREAL|NOT_REAL|FOOBAR|Your|Fake|Notreal|Foobar/;

/** True when `value` is a placeholder, a template, a run of one character or an obvious sequence. */
export function isPlaceholder(value: string): boolean {
  return isStandInValue(value) || TEMPLATE.test(value) || TOKEN_WORDS.test(value) || /(.)\1{5}/.test(value);
}

/** A `validate` that rejects placeholders, judging the token after its first `skip` characters (its prefix). */
export function unlessPlaceholder(skip = 0): (secret: string) => Verdict | false {
  return (secret) => (isStandInValue(secret) || isPlaceholder(secret.slice(skip)) ? false : {});
}
