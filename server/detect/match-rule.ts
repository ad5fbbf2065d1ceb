import { shannonEntropy } from './entropy';
import type { Rule, RuleContext, Verdict } from './rule';

/** One candidate a rule matched, before engine-wide filters (placeholders, allowlists, suppression). */
export interface RuleMatch {
  rule: Rule;
  /** The secret's 0-based offsets in the text. */
  offset: number;
  endOffset: number;
  secret: string;
  verdict: Verdict;
}

/** Runs one rule over a text: pattern, secret group, minimum entropy, and the rule's own validation. */
export function matchRule(rule: Rule, ctx: RuleContext): RuleMatch[] {
  const out: RuleMatch[] = [];
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.includes('d') ? rule.pattern.flags : rule.pattern.flags + 'd');
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const group = m.groups?.secret !== undefined ? 'secret' : m.length > 1 && m[1] !== undefined ? 1 : 0;
    const secret = group === 'secret' ? m.groups!.secret : m[group as number];
    const indices = group === 'secret' ? m.indices!.groups!.secret! : m.indices![group as number]!;
    if (!secret) continue;
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
    const verdict = rule.validate ? rule.validate(secret, m, ctx) : {};
    if (verdict === false) continue;
    out.push({ rule, offset: indices[0], endOffset: indices[1], secret, verdict });
  }
  return out;
}
