// Seeded mutations of rule samples for the fuzz suite (test/unit/engine-fuzz.test.ts, `npm run fuzz`): the
// same seed gives the same mutants, so a failure printed with its seed reproduces with FUZZ_SEED=<seed>.
import { repeatTo, RUNS } from './adversarial';
import { oneOf, type Rng } from './fake-secrets';

/** The seed of this run: FUZZ_SEED when set (to reproduce a failure), else a fresh one. */
export function fuzzSeed(): number {
  const fixed = process.env.FUZZ_SEED;
  if (fixed !== undefined && fixed !== '') {
    const seed = Number(fixed);
    if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED=${fixed} is not an integer: use the seed a failure printed`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/** How many mutants per sample: FUZZ_ITERATIONS, else `fallback` (small in `npm test`, big in `npm run fuzz`). */
export function fuzzIterations(fallback: number): number {
  const n = Number(process.env.FUZZ_ITERATIONS ?? fallback);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`FUZZ_ITERATIONS=${process.env.FUZZ_ITERATIONS} must be a positive integer`);
  return n;
}

const int = (rand: Rng, below: number) => Math.floor(rand() * below);

// What a mutation inserts: the characters patterns care about, letters, non-ASCII and control characters.
const CHARS = ' \t\n\r"\'`=:;,./\\@%-_+{}[]()<>#$?!&*|~aZ09xq\u00e9\u00df\u4e2d\u200b\u0000\u001b\ud83d\ude00';

/** Invalid UTF-8: stray continuation bytes, overlong forms, an encoded surrogate, a cut sequence, bytes never used. */
const BAD_UTF8: readonly number[][] = [[0x80], [0xbf], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf0, 0x9f], [0xe2, 0x82], [0xff], [0xfe], [0xf8, 0x88, 0x80, 0x80, 0x80]];

/** One mutant: its text, or for byte-level mutations the bytes of a file; what was done (never the text). */
export type Mutant = { what: string; text: string; bytes?: undefined } | { what: string; bytes: Buffer; text?: undefined };

/** A seeded mutation of `text`: truncated, characters inserted, deleted or duplicated, invalid UTF-8 spliced in. */
export function mutate(text: string, rand: Rng): Mutant {
  const at = int(rand, text.length + 1);
  const span = 1 + int(rand, 16);
  switch (int(rand, 6)) {
    case 0:
      return { what: `truncated at ${at}`, text: text.slice(0, at) };
    case 1: {
      let ins = '';
      for (let i = 0; i < span; i++) ins += oneOf(rand, [...CHARS]);
      return { what: `${span} characters inserted at ${at}`, text: text.slice(0, at) + ins + text.slice(at) };
    }
    case 2:
      return { what: `${span} characters deleted at ${at}`, text: text.slice(0, at) + text.slice(at + span) };
    case 3: {
      const times = 2 + int(rand, 50);
      return { what: `${span} characters at ${at} repeated ${times} times`, text: text.slice(0, at) + text.slice(at, at + span).repeat(times) + text.slice(at + span) };
    }
    case 4: {
      const bad = oneOf(rand, BAD_UTF8);
      const head = Buffer.from(text.slice(0, at));
      return { what: `invalid UTF-8 [${bad.map((b) => b.toString(16)).join(' ')}] at ${at}`, bytes: Buffer.concat([head, Buffer.from(bad), Buffer.from(text.slice(at))]) };
    }
    default: {
      // Cut the file inside a multi-byte character: the last bytes of an encoded emoji or accented letter.
      const tail = Buffer.from(oneOf(rand, ['\u00e9', '\u4e2d', '\ud83d\ude00']));
      return { what: `cut inside a multi-byte character at ${at}`, bytes: Buffer.concat([Buffer.from(text.slice(0, at)), tail.subarray(0, 1 + int(rand, tail.length - 1))]) };
    }
  }
}

/** `keyword`, a separator, then `size` characters of one of the adversarial runs, both picked by the seed. */
export function longRunAfter(keyword: string, rand: Rng): { what: string; build(size: number): string } {
  const [name, unit] = oneOf(rand, Object.entries(RUNS));
  const sep = oneOf(rand, ['', ' = ', ': ', '="', "='", '(', ' ']);
  return { what: `${JSON.stringify(keyword + sep)} then ${name}`, build: (size) => keyword + sep + repeatTo(unit, size) };
}
