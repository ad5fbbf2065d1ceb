import type { Verdict } from '../../rule';
import { looksLikePlaceholder } from '../shape';

// Adds to the shared placeholder check (`../shape`) what config templates and docs also write instead of a
// secret: template syntax, elisions and bare stand-in words. Rules call it on the variable part of a token
// (after any fixed prefix such as `sk_live_`), so prefixes like Twitter's run of `A`s do not count as a run.
const TEMPLATE = /\$\{|\$\(|\{\{|\}\}|<[^>]{0,40}>|%s|%\(|\.\.\.|…|\*{3}/;
const WORDS = /your|fake|notreal|not_real|foobar/i;

// Real-format keys printed in providers' own docs and copied into countless tutorials and tests: never live.
const DOCUMENTATION_EXAMPLES = new Set([
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc', // Stripe API reference
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2', // Stripe docs (older)
  'sk_test_26PHem9AhJZvU623DfE1x4sd', // Stripe docs (older)
  'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy', // Slack OAuth docs
  'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F', // X docs
]);

/** True for a well-known documentation key (the whole token, prefix included). */
export function isDocumentationExample(secret: string): boolean {
  return DOCUMENTATION_EXAMPLES.has(secret);
}

/** True when `value` is a placeholder, a template, a run of one character or an obvious sequence. */
export function isPlaceholder(value: string): boolean {
  return looksLikePlaceholder(value) || TEMPLATE.test(value) || WORDS.test(value);
}

/** A `validate` that rejects placeholders, judging the token after its first `skip` characters (its prefix). */
export function unlessPlaceholder(skip = 0): (secret: string) => Verdict | false {
  return (secret) => (isDocumentationExample(secret) || isPlaceholder(secret.slice(skip)) ? false : {});
}
