import { shannonEntropy } from './entropy';
import { secretEndsMatch } from './secret-end';
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

/**
 * A rule's pattern compiled once per process: without the `d` flag, where a match costs V8 about a fifth of one
 * with indices; a sticky twin for anchored rules; and, only for patterns whose secret offsets cannot be read off
 * the match itself, a sticky `d` twin run once on each match that passed the rule's checks.
 */
interface Compiled {
  scan: RegExp;
  sticky: RegExp;
  /** The secret group ends the match (secretEndsMatch). */
  secretLast: boolean;
  indices?: RegExp;
}

const compiled = new WeakMap<Rule, Compiled>();

function compiledFor(rule: Rule): Compiled {
  let c = compiled.get(rule);
  if (!c) {
    const { source } = rule.pattern;
    const flags = rule.pattern.flags.replace('d', '');
    const sticky = flags.includes('y') ? flags : flags + 'y';
    c = { scan: new RegExp(source, flags), sticky: new RegExp(source, sticky), secretLast: rule.secretGroup === undefined && secretEndsMatch(source, flags) };
    compiled.set(rule, c);
  }
  return c;
}

/** The [start, end) of `group` in match `m` when the match itself says it (undefined: it takes the `d` twin). */
function plainSpan(c: Compiled, m: RegExpExecArray, group: number | string, secret: string): [number, number] | undefined {
  const end = m.index + m[0].length;
  if (group === 0) return [m.index, end];
  if (group === 'secret' && c.secretLast) return [end - secret.length, end];
  return undefined;
}

/** The [start, end) of `group` in match `m` of `subject`, without `d` when the match says it. */
function spanOf(c: Compiled, m: RegExpExecArray, subject: string, group: number | string, secret: string): [number, number] | undefined {
  const plain = plainSpan(c, m, group, secret);
  if (plain) return plain;
  const twin = (c.indices ??= new RegExp(c.sticky.source, c.sticky.flags + 'd'));
  twin.lastIndex = m.index;
  const d = twin.exec(subject);
  return typeof group === 'string' ? d?.indices?.groups?.[group] : d?.indices?.[group];
}

/** Part of a text to search: from `from`, up to matches that start at `until` or later. */
export interface SearchRange {
  from: number;
  until: number;
  /** How far past `until` a match may end; without it, farther than any rule's longest match (a private key). */
  tail?: number;
}

/**
 * Runs one rule over a text: pattern, secret group, minimum entropy, and the rule's own validation.
 * With `starts` (ascending offsets), the pattern is tried only there, sticky: for `anchored` rules.
 * With `range`, only that part is searched (validation still sees the whole text).
 * With `skip`, candidates whose secret span it returns true for are dropped before their checks (only where the
 * span can be read off the match without a second run of the pattern; others are judged as usual).
 */
export function matchRule(rule: Rule, ctx: RuleContext, starts?: readonly number[], range?: SearchRange, skip?: (from: number, to: number) => boolean): RuleMatch[] {
  const out: RuleMatch[] = [];
  // Where the rule was when it threw: the warning names the line, never the text.
  let at: number | undefined;
  try {
    collect(rule, ctx, starts, range, out, (offset) => { at = offset; }, skip);
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

function collect(rule: Rule, ctx: RuleContext, starts: readonly number[] | undefined, range: SearchRange | undefined, out: RuleMatch[], at: (offset: number) => void, skip?: (from: number, to: number) => boolean): void {
  const c = compiledFor(rule);
  const re = starts !== undefined ? c.sticky : c.scan;
  re.lastIndex = range?.from ?? 0;
  const until = range?.until ?? Infinity;
  const cut = Math.min(ctx.text.length, until + (range?.tail === undefined ? SEARCH_TAIL : range.tail + TAIL_GUARD));
  const haystack = cut < ctx.text.length ? ctx.text.slice(0, cut) : ctx.text;
  // The text the last match was taken from.
  let subject = haystack;
  const exec = () => {
    subject = haystack;
    const found = re.exec(haystack);
    if (found === null || haystack === ctx.text || found.index + found[0].length <= cut - TAIL_GUARD) return found;
    re.lastIndex = found.index;
    subject = ctx.text;
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
    if (!secret) continue;
    if (skip) {
      const plain = plainSpan(c, m, group, secret);
      if (plain && skip(plain[0], plain[1])) continue;
    }
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
    const verdict = rule.validate ? rule.validate(secret, m, ctx) : {};
    if (verdict === false) continue;
    const span = spanOf(c, m, subject, group, secret);
    if (!span) continue;
    out.push({ rule, offset: span[0], endOffset: span[1], secret, verdict });
  }
}
