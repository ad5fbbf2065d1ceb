import type { Verdict } from '../../rule';
import { isPlaceholder as isStandInValue } from '../../placeholder';
import { digestSet } from '../../digest-set';

// Adds to the engine-wide stand-in check (`../../placeholder`) what config templates and docs also write
// instead of a secret: template syntax, elisions, bare stand-in words and runs of one character. (Not
// `../shape`: its case-blind `x{4}` drops real random tokens that happen to contain `xXxx`.) Rules call it on
// the variable part of a token (after any fixed prefix such as `sk_live_`), so prefixes like Twitter's run of
// `A`s do not count as a run.
const TEMPLATE = /\$\{|\$\(|\{\{|\}\}|<[^>]{0,40}>|%s|%\(|\.\.\.|…|\*{3}/;
// In one case only (lower, UPPER, Capitalised), as people type them: random tokens mix case, so `fAkE` or `YoUr`
// inside a real key is chance, not a stand-in.
const WORDS = /your|fake|notreal|not_real|foobar|YOUR|FAKE|NOTREAL|NOT_REAL|FOOBAR|Your|Fake|Notreal|Foobar/;

// Real-format keys printed in providers' own docs and copied into countless tutorials and tests, which the
// engine-wide list in ../../placeholder does not have yet. (Stripe's are there.)
const isDocumentationExample = digestSet([
  '2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb', // Slack OAuth docs' bot token (xoxb-1765…)
  'b390e2e57c227c0722bf8a283a4d3cb4dcf067da300d776b0b17797025b95824', // X docs' bearer token (AAAA…MLhe…)
]);

/**
 * True when the whole token is a stand-in: what the engine drops after every rule (placeholders, documented
 * keys), checked here too so that a rule's own samples hold under `matchRule` alone, plus the examples above.
 */
export function isKnownStandIn(secret: string): boolean {
  return isDocumentationExample(secret) || isStandInValue(secret);
}

/** True when `value` is a placeholder, a template, a run of one character or an obvious sequence. */
export function isPlaceholder(value: string): boolean {
  return isStandInValue(value) || TEMPLATE.test(value) || WORDS.test(value) || /(.)\1{5}/.test(value);
}

/** A `validate` that rejects placeholders, judging the token after its first `skip` characters (its prefix). */
export function unlessPlaceholder(skip = 0): (secret: string) => Verdict | false {
  return (secret) => (isKnownStandIn(secret) || isPlaceholder(secret.slice(skip)) ? false : {});
}
