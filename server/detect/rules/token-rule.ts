// Builder for rules whose credential carries a provider prefix (`dop_v1_…`, `PMAK-…`): the prefix makes
// the match nearly certain, so the only extra checks are against placeholders and low-entropy filler.
// Such rules are `anchored` (every match starts at a keyword) unless the spec says otherwise.
import { defineRule, type Rule, type Verdict } from '../rule';
import { isPlaceholder } from '../placeholder';

export interface TokenRuleSpec extends Omit<Rule, 'validate' | 'minEntropy'> {
  /** Length of the literal prefix in the secret; the rest is checked for placeholder filler. */
  prefixLength: number;
  minEntropy?: number;
  /**
   * For formats that end in a checksum: a candidate that passes is certain (high confidence, whatever it
   * looks like); one that fails is still reported, with low confidence, unless it looks like a placeholder.
   */
  checksum?: (secret: string) => boolean;
  /** Further checks on a candidate that is not a placeholder. */
  check?: Rule['validate'];
}

export function tokenRule(spec: TokenRuleSpec): Rule {
  const { prefixLength, checksum, check, ...rule } = spec;
  return defineRule({
    minEntropy: 3,
    anchored: true,
    ...rule,
    validate: (secret, match, ctx): Verdict | false => {
      const certain = checksum?.(secret);
      if (!certain && isPlaceholder(secret.slice(prefixLength))) return false;
      const verdict = check ? check(secret, match, ctx) : {};
      return verdict && checksum && !certain ? { ...verdict, confidence: 'low' } : verdict;
    },
  });
}
