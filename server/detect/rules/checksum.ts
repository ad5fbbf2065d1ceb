// CRC32 and base62, for the tokens whose last characters are a checksum of the rest (GitHub, npm).

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zlib) of a string's UTF-8 bytes; tokens are ASCII so code units are bytes. */
export function crc32(text: string): number {
  const bytes = Buffer.from(text, 'utf8');
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 of a non-negative integer, left-padded with '0' to `width`. */
export function base62(value: number, width = 0): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError('base62 needs a non-negative safe integer');
  let out = '';
  let n = value;
  do {
    out = BASE62_ALPHABET[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/**
 * True when `body` ends in 6 base62 characters that are the CRC32 of the characters before them: the
 * GitHub (`ghp_…`) and npm (`npm_…`) token layout, 30 random characters then the checksum. `body` is the
 * token without its prefix.
 */
export function hasCrc32Base62Checksum(body: string): boolean {
  if (body.length <= 6) return false;
  const payload = body.slice(0, -6);
  return base62(crc32(payload), 6) === body.slice(-6);
}
