/** Shannon entropy in bits per character (per code point: a surrogate pair is one character). */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  // ASCII (nearly every candidate): counts in a typed array, summed in order of first occurrence as the Map was,
  // so the result is the same to the last bit. Others count by code point.
  const firstSeen: number[] = [];
  const counts = asciiCounts;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) { ascii = false; break; }
    const seen = counts[c] ?? 0; // c < 128: inside the table
    counts[c] = seen + 1;
    if (seen === 0) firstSeen.push(c);
  }
  const n = s.length;
  let h = 0;
  if (ascii) {
    for (const c of firstSeen) {
      const p = (counts[c] ?? 0) / n;
      h -= p * Math.log2(p);
    }
  }
  for (const c of firstSeen) counts[c] = 0;
  return ascii ? h : codePointEntropy(s);
}

const asciiCounts = new Int32Array(128);

function codePointEntropy(s: string): number {
  const counts = new Map<string, number>();
  let n = 0;
  for (const ch of s) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    n++;
  }
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}
