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

// Each rule's pattern with the `d` flag (match indices), compiled once per process.
const compiled = new WeakMap<Rule, RegExp>();

function regexFor(rule: Rule): RegExp {
  let re = compiled.get(rule);
  if (!re) {
    const flags = rule.pattern.flags.includes('d') ? rule.pattern.flags : rule.pattern.flags + 'd';
    re = new RegExp(rule.pattern.source, flags);
    compiled.set(rule, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Runs one rule over a text: pattern, secret group, minimum entropy, and the rule's own validation. */
export function matchRule(rule: Rule, ctx: RuleContext): RuleMatch[] {
  const out: RuleMatch[] = [];
  const re = regexFor(rule);
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const group = rule.secretGroup ?? (m.groups?.secret !== undefined ? 'secret' : m.length > 1 && m[1] !== undefined ? 1 : 0);
    const secret = typeof group === 'string' ? m.groups?.[group] : m[group];
    const indices = typeof group === 'string' ? m.indices?.groups?.[group] : m.indices?.[group];
    if (!secret || !indices) continue;
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
    const verdict = rule.validate ? rule.validate(secret, m, ctx) : {};
    if (verdict === false) continue;
    out.push({ rule, offset: indices[0], endOffset: indices[1], secret, verdict });
  }
  return out;
}
