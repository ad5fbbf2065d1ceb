// Builder for vendor credentials with no prefix of their own, recognisable only by the vendor name they are
// assigned to (`CLOCKIFY_API_KEY=…`, `"twitchClientSecret": "…"`, `<add key="TrueNasApiKey" value="…"/>`). The
// vendor name is the rule's keyword, so the prefilter skips the rule on every file that never names the vendor.
import { defineRule, type Rule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { isPlaceholder } from '../placeholder';

export interface NamedRuleSpec extends Omit<Rule, 'pattern' | 'anchored' | 'validate'> {
  /** Regex source of the vendor part of the name (`clockify`, `sumo[_.-]?logic`); it must start with a keyword. */
  name: string;
  /** Regex source of the credential word after the vendor part; by default key, token, secret or PAT. */
  kind?: string;
  /** Regex source of the value, matched case-sensitively as written (the name is case-blind). */
  value: string;
  /** Fewest character classes (upper, lower, digit) a real value shows; 2 unless said. */
  classes?: number;
  /** Further checks on a candidate that passed the shape checks. */
  check?: Rule['validate'];
}

const KIND = 'key|token|secret|pat';
// A name that ends in one of these holds an identifier or an address, not the credential (`CLOCKIFY_API_KEY_ID`).
const ID_SUFFIX = /[_.-](?:id|ids|url|uri|host|name|user|username|email|endpoint|region|domain|path|file|length|type|header)$/i;
const ID_SUFFIX_CAMEL = /[a-z0-9](?:Id|ID|Ids|Url|URL|Uri|Host|Name|User|Username|Email|Endpoint|Region|Domain|Path|File|Length|Type|Header)$/;
const PUBLIC = /public|publishable/i;

export function namedRule(spec: NamedRuleSpec): Rule {
  const { name, kind = KIND, value, classes = 2, check, ...rule } = spec;
  const exact = new RegExp(`^(?:${value})$`);
  return defineRule({
    minEntropy: 3,
    ...rule,
    anchored: true,
    pattern: new RegExp(assigned(`(?:${name})[\\w.-]{0,20}?(?:${kind})`, value), 'gi'),
    validate: (secret, match, ctx) => {
      const assignedTo = /^[\w.-]+/.exec(match[0])?.[0] ?? '';
      if (ID_SUFFIX.test(assignedTo) || ID_SUFFIX_CAMEL.test(assignedTo) || PUBLIC.test(assignedTo)) return false;
      if (!exact.test(secret) || charClasses(secret) < classes || isPlaceholder(secret)) return false; // isPlaceholder includes isStandInValue
      return check ? check(secret, match, ctx) : {};
    },
  });
}
