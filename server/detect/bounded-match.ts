// A custom rule's regex comes from a repository's config: even one that passed the ReDoS check at load may
// backtrack for minutes on some file. Running it inside a vm script with a timeout is the one way to stop a
// regex midway in Node (V8 terminates the execution), so each custom rule gets a time budget per file.
import { createContext, Script } from 'node:vm';
import { matchRule, type RuleMatch } from './match-rule';
import type { Rule, RuleContext } from './rule';

/** How long one custom rule may run on one file before its result there is dropped. */
export const CUSTOM_RULE_BUDGET_MS = 1000;

/** The rule overran its budget on a file. */
export class RuleTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`ran over ${budgetMs} ms`);
  }
}

const sandbox: { run?: () => void } = createContext({});
const script = new Script('run()');

/** matchRule, stopped after `budgetMs`: throws RuleTimeout then (and RuleError when the rule throws). */
export function matchRuleWithin(rule: Rule, ctx: RuleContext, starts: readonly number[] | undefined, budgetMs: number): RuleMatch[] {
  return runWithin(() => matchRule(rule, ctx, starts), budgetMs);
}

/** Runs `work`, stopped after `budgetMs` with RuleTimeout: one vm call (and watchdog) for a batch of matches. */
export function runWithin<T>(work: () => T, budgetMs: number): T {
  let out: { value: T } | undefined;
  sandbox.run = () => { out = { value: work() }; };
  try {
    script.runInContext(sandbox, { timeout: Math.max(1, Math.ceil(budgetMs)) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new RuleTimeout(budgetMs);
    throw err;
  } finally {
    sandbox.run = undefined;
  }
  return out!.value;
}
