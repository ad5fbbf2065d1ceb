import type { Verdict } from '../../rule';
import { looksLikePlaceholder } from '../shape';

// Adds to the shared placeholder check (`../shape`) what config templates and docs also write instead of a
// secret: template syntax, elisions and bare stand-in words. Rules call it on the variable part of a token
// (after any fixed prefix such as `sk_live_`), so prefixes like Twitter's run of `A`s do not count as a run.
const TEMPLATE = /\$\{|\$\(|\{\{|\}\}|<[^>]{0,40}>|%s|%\(|\.\.\.|…|\*{3}/;
const WORDS = /your|fake|notreal|not_real|foobar/i;

/** True when `value` is a placeholder, a template, a run of one character or an obvious sequence. */
export function isPlaceholder(value: string): boolean {
  return looksLikePlaceholder(value) || TEMPLATE.test(value) || WORDS.test(value);
}

/** A `validate` that rejects placeholders, judging the token after its first `skip` characters (its prefix). */
export function unlessPlaceholder(skip = 0): (secret: string) => Verdict | false {
  return (secret) => (isPlaceholder(secret.slice(skip)) ? false : {});
}
