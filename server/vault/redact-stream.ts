// Masks known values in a child's output, stream-safe: a value split across chunks is still masked,
// because the longest tail that could begin a value is held back until the next chunk (or the end).
import { Transform, type TransformCallback } from 'node:stream';

export const MASK = '*****';
/** Shorter values are not masked: they would blank out ordinary output. */
export const MIN_MASKED_LENGTH = 4;

export function createRedactStream(values: Iterable<string>): Transform {
  const needles = [...new Set(values)]
    .filter((v) => v.length >= MIN_MASKED_LENGTH)
    .map((v) => Buffer.from(v, 'utf8'))
    .sort((a, b) => b.length - a.length);
  const mask = Buffer.from(MASK);
  let pending = Buffer.alloc(0);

  const scanBuffer = (buf: Buffer, final: boolean): Buffer => {
    const parts: Buffer[] = [];
    let i = 0;
    let emittedTo = 0;
    while (i < buf.length) {
      // The earliest occurrence of any value from i; the longest wins at the same offset.
      let at = -1;
      let len = 0;
      for (const n of needles) {
        const j = buf.indexOf(n, i);
        if (j !== -1 && (at === -1 || j < at || (j === at && n.length > len))) [at, len] = [j, n.length];
      }
      if (at === -1) break;
      parts.push(buf.subarray(emittedTo, at), mask);
      i = emittedTo = at + len;
    }
    let keep = 0;
    if (!final) {
      // Hold back the longest suffix that is a proper prefix of some value.
      const maxKeep = Math.min(buf.length - emittedTo, Math.max(0, ...needles.map((n) => n.length - 1)));
      for (let k = maxKeep; k > 0; k--) {
        const tail = buf.subarray(buf.length - k);
        if (needles.some((n) => n.length > k && n.subarray(0, k).equals(tail))) { keep = k; break; }
      }
    }
    parts.push(buf.subarray(emittedTo, buf.length - keep));
    pending = Buffer.from(buf.subarray(buf.length - keep));
    return Buffer.concat(parts);
  };

  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      const out = scanBuffer(Buffer.concat([pending, chunk]), false);
      done(null, out.length ? out : undefined);
    },
    flush(done: TransformCallback) {
      const out = scanBuffer(pending, true);
      done(null, out.length ? out : undefined);
    },
  });
}
