// Masks known values in a child's output, stream-safe: a value split across chunks is still masked,
// because the longest tail that could begin a value is held back until the next chunk, or for at most
// HOLD_MS (output that stops there is not kept waiting). Each value is also masked as the child might
// print it encoded (base64 standard and URL-safe, hex, URL encoding, JSON escapes, CRLF, upper case), and
// any 12+ character prefix of one of these forms is masked too.
import { Transform, type TransformCallback } from 'node:stream';

export const MASK = '*****';
/** Shorter values are not masked: they would blank out ordinary output. */
export const MIN_MASKED_LENGTH = 4;
/** A run this long that starts like a value is masked even when the value does not follow. */
export const MIN_PREFIX_LENGTH = 12;
/** The longest that output is held back waiting for the rest of a possible value. */
export const HOLD_MS = 50;

/** The forms a child might print `value` in, as byte strings. */
export function encodedForms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms = new Set<string>([
    value,
    value.replace(/\r?\n/g, '\r\n'),
    value.toUpperCase(),
    bytes.toString('base64'),
    bytes.toString('base64').replace(/=+$/, ''),
    bytes.toString('base64url'),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
    encodeURIComponent(value),
    encodeURIComponent(value).replace(/%20/g, '+'),
    JSON.stringify(value).slice(1, -1),
    JSON.stringify(value).slice(1, -1).replace(/\//g, '\\/'),
    ...embeddedBase64(bytes),
  ]);
  return [...forms];
}

/**
 * The part of the value's base64 that is the same wherever it sits inside a longer encoded text (after 0,
 * 1 or 2 other bytes, and whatever follows): whole groups of 3 of its own bytes only.
 */
function embeddedBase64(bytes: Buffer): string[] {
  const out: string[] = [];
  for (let lead = 0; lead < 3; lead++) {
    const skip = (3 - lead) % 3;
    const whole = Math.floor((bytes.length - skip) / 3) * 3;
    if (whole < 6) continue;
    const core = bytes.subarray(skip, skip + whole);
    out.push(core.toString('base64'), core.toString('base64url'));
  }
  return out;
}

export function createRedactStream(values: Iterable<string>): Transform {
  const needles = [...new Set([...values].filter((v) => v.length >= MIN_MASKED_LENGTH).flatMap(encodedForms))]
    .filter((v) => v.length >= MIN_MASKED_LENGTH)
    .map((v) => Buffer.from(v, 'utf8'))
    .sort((a, b) => b.length - a.length);
  const mask = Buffer.from(MASK);
  let pending = Buffer.alloc(0);
  let timer: NodeJS.Timeout | undefined;

  /**
   * Length of the needle's prefix at `at`; 0 when it does not count: under 12 and not the whole needle, or
   * (unless final) running into the end of the buffer, where the rest may come with the next chunk.
   */
  const matchAt = (buf: Buffer, at: number, n: Buffer, final: boolean): number => {
    let k = 0;
    while (k < n.length && at + k < buf.length && buf[at + k] === n[k]) k++;
    if (k < n.length && at + k === buf.length && !final) return 0;
    return k === n.length || k >= MIN_PREFIX_LENGTH ? k : 0;
  };

  const scanBuffer = (buf: Buffer, final: boolean): Buffer => {
    const parts: Buffer[] = [];
    let i = 0;
    let emittedTo = 0;
    while (i < buf.length) {
      // The earliest occurrence of any form (or a 12+ prefix of one) from i; the longest wins at the same offset.
      let at = -1;
      let len = 0;
      for (const n of needles) {
        const head = n.subarray(0, Math.min(n.length, MIN_PREFIX_LENGTH));
        for (let j = buf.indexOf(head, i); j !== -1 && (at === -1 || j <= at); j = buf.indexOf(head, j + 1)) {
          const k = matchAt(buf, j, n, final);
          if (k > 0 && (at === -1 || j < at || k > len)) [at, len] = [j, k];
          if (k > 0) break;
        }
      }
      if (at === -1) break;
      parts.push(buf.subarray(emittedTo, at), mask);
      i = emittedTo = at + len;
    }
    let keep = 0;
    if (!final) {
      // Hold back the longest suffix that is a proper prefix of some form.
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

  /** After held output went out on time: the rest of each form it began, masked if it comes next. */
  let carry: Buffer[] = [];
  const continuation = (buf: Buffer): { masked: number; hold: boolean } => {
    let masked = 0;
    let hold = false;
    for (const rest of carry) {
      if (buf.length >= rest.length && buf.subarray(0, rest.length).equals(rest)) masked = Math.max(masked, rest.length);
      else if (buf.length < rest.length && rest.subarray(0, buf.length).equals(buf)) hold = true;
    }
    return { masked, hold: hold && masked === 0 };
  };

  const stream = new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      clearTimeout(timer);
      let buf = Buffer.concat([pending, chunk]);
      let head = Buffer.alloc(0);
      if (carry.length > 0) {
        const { masked, hold } = continuation(buf);
        if (hold) {
          pending = buf;
          timer = setTimeout(() => {
            carry = [];
            const held = pending;
            pending = Buffer.alloc(0);
            stream.push(held);
          }, HOLD_MS);
          timer.unref();
          done();
          return;
        }
        if (masked > 0) [head, buf] = [mask, buf.subarray(masked)];
        carry = [];
      }
      const out = Buffer.concat([head, scanBuffer(buf, false)]);
      if (pending.length > 0) {
        // Nothing more within HOLD_MS: what was held goes out (masked if it is a 12+ prefix); if the rest
        // of the value follows later, that rest is masked.
        timer = setTimeout(() => {
          const tail = pending;
          carry = needles.filter((n) => n.length > tail.length && n.subarray(0, tail.length).equals(tail)).map((n) => n.subarray(tail.length));
          const held = scanBuffer(tail, true);
          if (held.length) stream.push(held);
        }, HOLD_MS);
        timer.unref();
      }
      done(null, out.length ? out : undefined);
    },
    flush(done: TransformCallback) {
      clearTimeout(timer);
      const out = scanBuffer(pending, true);
      done(null, out.length ? out : undefined);
    },
  });
  return stream;
}
