// What an edit can change in a scan: rule matches whose secret starts within a rule's margin of the changed
// span are recomputed, the others are kept (shifted by the length change). The margin covers the farthest the
// rule reads around its match (`Rule.reach`: gcp looks 3,000 characters away for its service-account marker,
// the generic rules 60 characters back for the assigned name) plus a match's own length; rule patterns start
// searching a little earlier, so that by the window their match-by-match progress is where a whole-text search
// would be. Where an old or new match straddles the window's edges the caller re-scans the whole text
// instead: the result is always the whole-text result.
import type { RuleMatch } from './match-rule';

/** Farthest a rule's validation reads before or after its match, unless the rule says (gcp: 3,000 characters). */
export const CONTEXT_REACH = 3072;
/** Room for a match's own length in the margin. */
const MATCH_ROOM = 1024;
const SYNC = 2048;

export interface EditWindow {
  /** First changed offset (the same in the old and the new text). */
  start: number;
  /** End of the changed span in the old and in the new text. */
  oldEnd: number;
  newEnd: number;
  /** New-text offsets: matches whose secret starts in [coreStart, coreEnd) are recomputed. */
  coreStart: number;
  coreEnd: number;
  /** The old text's coreEnd. */
  oldCoreEnd: number;
  /** Where rule patterns start searching in the new text. */
  searchFrom: number;
  /** How far the rule this window is for reads around its matches. */
  reach: number;
  /** Lengths of the new and the old text. */
  length: number;
  oldLength: number;
}

const CHUNK = 4096;

/** The span where `next` differs from `prev`, widened for rules that read `reach` around their matches; undefined when the texts are equal. */
export function editWindow(prev: string, next: string, reach = CONTEXT_REACH): EditWindow | undefined {
  if (prev === next) return undefined;
  const shorter = Math.min(prev.length, next.length);
  // Compare by chunks first (string equality is a memcmp), then by character inside the first unequal chunk.
  let start = 0;
  while (start + CHUNK <= shorter && prev.slice(start, start + CHUNK) === next.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let tail = 0;
  const maxTail = shorter - start;
  while (tail + CHUNK <= maxTail && prev.slice(prev.length - tail - CHUNK, prev.length - tail) === next.slice(next.length - tail - CHUNK, next.length - tail)) tail += CHUNK;
  while (tail < maxTail && prev.charCodeAt(prev.length - tail - 1) === next.charCodeAt(next.length - tail - 1)) tail++;
  return around(start, prev.length - tail, next.length - tail, prev.length, next.length, reach);
}

/** What changed, when the caller knows (an editor's change events): the old text's [start, oldEnd) is now [start, newEnd). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * `editWindow` without comparing the texts, from the change the caller tracked (a keystroke in a 2 MB file then
 * reads no more of it than the change). A change that does not fit the texts' lengths is compared after all.
 */
export function changeWindow(prev: string, next: string, change: TextChange, reach = CONTEXT_REACH): EditWindow | undefined {
  const { start, oldEnd, newEnd } = change;
  if (!(start >= 0 && oldEnd >= start && newEnd >= start && oldEnd <= prev.length && prev.length - oldEnd === next.length - newEnd)) return editWindow(prev, next, reach);
  if (oldEnd === start && newEnd === start) return undefined; // nothing changed
  return around(start, oldEnd, newEnd, prev.length, next.length, reach);
}

/** The same edit's window for a rule that reads `reach` around its matches. */
export function windowFor(w: EditWindow, reach: number): EditWindow {
  if (reach === w.reach) return w;
  return around(w.start, w.oldEnd, w.newEnd, w.oldLength, w.length, reach);
}

function around(start: number, oldEnd: number, newEnd: number, oldLength: number, length: number, reach: number): EditWindow {
  const margin = reach + MATCH_ROOM;
  const coreStart = Math.max(0, start - margin);
  return {
    start, oldEnd, newEnd, coreStart, reach, length, oldLength,
    coreEnd: Math.min(length, newEnd + margin),
    oldCoreEnd: Math.min(oldLength, oldEnd + margin),
    searchFrom: Math.max(0, coreStart - Math.min(SYNC, margin)),
  };
}

/**
 * One rule's matches in the new text from its matches in the old one (ascending) and a search of the window
 * (`search(from, until)`: the rule's matches found searching from `from`, stopping at matches that start at
 * `until` or later). Undefined where the old and new matches cannot be spliced: re-run the rule on all text.
 */
export function spliceMatches(old: readonly RuleMatch[], w: EditWindow, search: (from: number, until: number) => RuleMatch[]): RuleMatch[] | undefined {
  const delta = w.newEnd - w.oldEnd;
  const before: RuleMatch[] = [];
  const after: RuleMatch[] = [];
  for (const m of old) {
    if (m.offset < w.coreStart) {
      // Its validation could have read the changed text.
      if (m.endOffset + w.reach > w.start) return undefined;
      before.push(m);
    } else if (m.offset >= w.oldCoreEnd) after.push(delta === 0 ? m : moved(m, delta));
    else if (m.endOffset > w.oldCoreEnd) return undefined; // it hid whatever started under it past the window
  }
  const found = search(w.searchFrom, w.coreEnd);
  // Before the window both texts are equal: the search must agree with the old matches there, or it has not
  // caught up with where a whole-text search would be.
  const lead = found.filter((m) => m.offset < w.coreStart);
  const oldLead = before.filter((m) => m.offset >= w.searchFrom);
  if (lead.length !== oldLead.length || lead.some((m, i) => m.offset !== oldLead[i]?.offset || m.endOffset !== oldLead[i]?.endOffset)) return undefined;
  const fresh = found.filter((m) => m.offset >= w.coreStart && m.offset < w.coreEnd);
  const lastFresh = fresh.at(-1);
  const firstAfter = after[0];
  if (lastFresh && firstAfter && lastFresh.endOffset > firstAfter.offset) return undefined;
  return [...before, ...fresh, ...after];
}

/** Matches spliceMatches moved, to the match each was in the old text: what was worked out for that one still holds. */
const movedFrom = new WeakMap<RuleMatch, RuleMatch>();

function moved(m: RuleMatch, delta: number): RuleMatch {
  const copy = { ...m, offset: m.offset + delta, endOffset: m.endOffset + delta };
  movedFrom.set(copy, m);
  return copy;
}

/** The match of the previous text that `m` is, moved by an edit (or `m` itself). */
export function originOf(m: RuleMatch): RuleMatch {
  return movedFrom.get(m) ?? m;
}
