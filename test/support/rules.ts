// Lookups over the rule registry for tests.
import type { Rule } from '../../server/detect/rule';
import { providerRules } from '../../server/detect/rules/index';

/** The registered rule with this id; throws on an unknown id so a typo fails loudly. */
export function byId(id: string): Rule {
  const rule = providerRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id} in rules/index.ts`);
  return rule;
}

/** Start offsets of a rule's keywords in `text`, ascending, as the engine's keyword pass reports them. */
export function keywordStarts(rule: Rule, text: string): number[] {
  const lower = text.toLowerCase();
  const starts = new Set<number>();
  for (const k of rule.keywords) for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) starts.add(i);
  return [...starts].sort((a, b) => a - b);
}
