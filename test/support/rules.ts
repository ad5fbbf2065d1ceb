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
  const lists: number[][] = [];
  for (const k of rule.keywords) {
    const at: number[] = [];
    for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) at.push(i);
    if (at.length > 0) lists.push(at);
  }
  if (lists.length <= 1) return lists[0] ?? [];
  // A flood of hits runs to hundreds of thousands: a typed sort, not a Set and a comparator.
  const all = Int32Array.from(lists.flat()).sort();
  return Array.from(all.filter((v, i) => i === 0 || v !== all[i - 1]));
}
