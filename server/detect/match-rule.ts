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

// Each rule's pattern with the `d` flag (match indices), and a sticky twin, compiled once per process.
const compiled = new WeakMap<Rule, RegExp>();
const compiledSticky = new WeakMap<Rule, RegExp>();

function regexFor(rule: Rule, sticky: boolean): RegExp {
  const cache = sticky ? compiledSticky : compiled;
  let re = cache.get(rule);
  if (!re) {
    let flags = rule.pattern.flags.includes('d') ? rule.pattern.flags : rule.pattern.flags + 'd';
    if (sticky && !flags.includes('y')) flags += 'y';
    re = new RegExp(rule.pattern.source, flags);
    cache.set(rule, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Part of a text to search: from `from`, up to matches that start at `until` or later. */
export interface SearchRange {
  from: number;
  until: number;
}

/**
 * Runs one rule over a text: pattern, secret group, minimum entropy, and the rule's own validation.
 * With `starts` (ascending offsets), the pattern is tried only there, sticky: for `anchored` rules.
 * With `range`, only that part is searched (validation still sees the whole text).
 */
export function matchRule(rule: Rule, ctx: RuleContext, starts?: readonly number[], range?: SearchRange): RuleMatch[] {
  const out: RuleMatch[] = [];
  // Where the rule was when it threw: the warning names the line, never the text.
  let at: number | undefined;
  try {
    collect(rule, ctx, starts, range, out, (offset) => { at = offset; });
  } catch (err) {
    throw new RuleError(at, err);
  }
  return out;
}

/** A rule's pattern or code failed on a text. `offset`: the match it was judging, if it got that far. */
export class RuleError extends Error {
  constructor(readonly offset: number | undefined, override readonly cause: unknown) {
    super(cause instanceof Error ? cause.name : 'error');
  }
}

// A ranged search reads the text only this far past `until`: more than the longest match any rule allows
// (a private-key block); a match that comes near that cut is taken again from the whole text.
const SEARCH_TAIL = 17 * 1024;
const TAIL_GUARD = 256;

function collect(rule: Rule, ctx: RuleContext, starts: readonly number[] | undefined, range: SearchRange | undefined, out: RuleMatch[], at: (offset: number) => void): void {
  const re = regexFor(rule, starts !== undefined);
  const until = range?.until ?? Infinity;
  if (range) re.lastIndex = range.from;
  const cut = Math.min(ctx.text.length, until + SEARCH_TAIL);
  const haystack = cut < ctx.text.length ? ctx.text.slice(0, cut) : ctx.text;
  const exec = () => {
    const found = re.exec(haystack);
    if (found === null || haystack === ctx.text || found.index + found[0].length <= cut - TAIL_GUARD) return found;
    re.lastIndex = found.index;
    return re.exec(ctx.text);
  };
  let next = 0;
  let m: RegExpExecArray | null;
  for (;;) {
    if (starts) {
      while (next < starts.length && (starts[next] ?? Infinity) < re.lastIndex) next++;
      const at = starts[next++];
      if (at === undefined || at >= until) break;
      re.lastIndex = at;
      m = exec();
      if (m === null) continue;
    } else if ((m = exec()) === null || m.index >= until) break;
    if (m[0].length === 0) { re.lastIndex++; continue; }
    at(m.index);
    const group = rule.secretGroup ?? (m.groups?.secret !== undefined ? 'secret' : m.length > 1 && m[1] !== undefined ? 1 : 0);
    const secret = typeof group === 'string' ? m.groups?.[group] : m[group];
    const indices = typeof group === 'string' ? m.indices?.groups?.[group] : m.indices?.[group];
    if (!secret || !indices) continue;
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
    const verdict = rule.validate ? rule.validate(secret, m, ctx) : {};
    if (verdict === false) continue;
    out.push({ rule, offset: indices[0], endOffset: indices[1], secret, verdict });
  }
}
