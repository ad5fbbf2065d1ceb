// Whether a pattern's `secret` group always ends where the match ends, read from the pattern's source. Then a
// match's secret offsets follow from the match alone, and the engine can run the pattern without the `d` flag
// (V8 builds a match with indices about five times slower than one without).

/**
 * True when the named group `secret` stands at the top level of `source` (in no group, unquantified) and
 * nothing but assertions follow it: lookarounds, `\b`, `\B`, `$`. Conservative: any other shape is false.
 */
export function secretEndsMatch(source: string, flags: string): boolean {
  if (flags.includes('v')) return false; // nested classes: not read here
  let depth = 0;
  let open = -1;
  let end = -1;
  for (let i = 0; i < source.length && end < 0; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') {
      if (depth === 0 && source.startsWith('(?<secret>', i)) open = i;
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && open >= 0) end = i + 1;
    }
  }
  if (end < 0) return false;
  for (let j = end; j < source.length;) {
    if (source.startsWith('\\b', j) || source.startsWith('\\B', j)) j += 2;
    else if (source[j] === '$') j++;
    else if (/^\(\?<?[=!]/.test(source.slice(j, j + 4))) j = groupEnd(source, j);
    else return false;
  }
  return true;
}

/** Index of the `]` closing the class that opens at `at`. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i;
}

/** Index just past the `)` closing the group that opens at `at`. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}
