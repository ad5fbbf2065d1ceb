// Fuzz suite, seeded and bounded: every rule's own samples mutated (truncated, characters inserted, deleted or
// repeated, invalid UTF-8 spliced in, cut inside a character) and read back through the CLI's file path
// (readTextFile → scanBatch), and long runs after every rule's keywords. The scan must never throw nor lose a rule
// to a fault, and a 4× longer run must not cost much more than 4×. `npm test` runs a few mutants per sample with
// a fresh seed; `npm run fuzz` many more. A failure prints its seed: FUZZ_SEED=<seed> npm run fuzz reproduces it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchRule } from '../../server/detect/match-rule';
import { providerRules } from '../../server/detect/rules/index';
import { createScanner, describeRuleFault } from '../../server/detect/scanner';
import { scanBatch } from '../../server/detect/scan-batch';
import type { RuleFault } from '../../server/detect/types';
import { decodeText, readTextFile, type WalkedFile } from '../../server/detect/walker';
import { cpuMs, plainText, regexPassMs } from '../support/adversarial';
import { oneOf, seededRng } from '../support/fake-secrets';
import { fuzzIterations, fuzzSeed, longRunAfter, mutate } from '../support/fuzz';
import { pathFor, samplesOf } from '../support/rule-samples';
import { keywordStarts } from '../support/rules';

const seed = fuzzSeed();
const mutantsPerSample = fuzzIterations(2);
const reproduce = `seed ${seed}: reproduce with FUZZ_SEED=${seed} npm run fuzz`;
const scanner = createScanner();
/** Every finding, none merged away by a rule that wins the same span: for comparing two reads. */
const exhaustive = createScanner(undefined, { dedupe: false });

/** A temp folder for one test's files, gone afterwards. */
function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kw-fuzz-'));
}

test('mutated rule samples, decoded and scanned the way the CLI reads files, never throw nor fault', (t) => {
  const rand = seededRng(seed);
  const dir = tempDir();
  try {
    // Byte-level mutants (invalid UTF-8, a cut character) go through real files and readTextFile; the others
    // through the same decoder in memory: thousands of files would cost more than the scans.
    const files: WalkedFile[] = [];
    const origin = new Map<string, string>();
    const faults: RuleFault[] = [];
    let scanned = 0;
    for (const rule of providerRules) {
      const { tps, fps } = samplesOf(rule);
      for (const [kind, samples] of [['tp', tps], ['fp', fps]] as const) {
        samples.forEach((sample, i) => {
          for (let n = 0; n < mutantsPerSample; n++) {
            const m = mutate(sample, rand);
            const what = `${rule.id} ${kind}[${i}] ${m.what}`;
            const name = pathFor(sample);
            if (m.text !== undefined) {
              const before = faults.length;
              scanOrFail(decodeText(Buffer.from(m.text)) ?? '', name, faults, what);
              for (const f of faults.slice(before)) origin.set(f.file, what);
              scanned++;
              continue;
            }
            const rel = `${files.length}/${name}`;
            mkdirSync(join(dir, String(files.length)));
            writeFileSync(join(dir, rel), m.bytes);
            files.push({ abs: join(dir, rel), rel, size: m.bytes.length });
            origin.set(rel, what);
          }
        });
      }
    }
    let result;
    try {
      result = scanBatch(scanner, { id: 0, files, maxFileSize: 1 << 20 }, readTextFile);
    } catch (err) {
      assert.fail(`the scan of the byte-level mutants threw ${(err as Error).name} (${reproduce})`);
    }
    const failed = [...faults, ...result.faults].map((f) => `${describeRuleFault(f)} [${origin.get(f.file) ?? f.file}]`);
    t.diagnostic(`${scanned} mutants in memory, ${files.length} as files (${result.files} read as text, ${result.skipped.length} skipped as binary); seed ${seed}`);
    assert.deepEqual(failed, [], `rules failed on mutated samples (${reproduce})`);
    // The byte-level mutants are scanned, not all skipped: a read path that refused everything would pass too.
    assert.ok(result.files > files.length / 2, `only ${result.files} of ${files.length} byte-level mutants were read as text`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function scanOrFail(text: string, path: string, faults: RuleFault[], what: string): void {
  try {
    scanner.scan(text, path, faults);
  } catch (err) {
    assert.fail(`the scan threw ${(err as Error).name} on ${what} (${reproduce})`);
  }
}

test('UTF-16 with a BOM, LE and BE, is found as its UTF-8 twin is (every true sample through the file decoder)', () => {
  const differ: string[] = [];
  const found = (bytes: Buffer, path: string) => {
    const text = decodeText(bytes);
    return text === undefined ? 'binary' : JSON.stringify(exhaustive.scan(text, path).map((f) => [f.ruleId, f.line, f.column, f.endColumn]));
  };
  let same = 0;
  for (const rule of providerRules) {
    samplesOf(rule).tps.forEach((sample, i) => {
      const path = pathFor(sample);
      const utf8 = found(Buffer.from(sample), path);
      const le = found(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]), path);
      const be = found(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(sample, 'utf16le').swap16()]), path);
      if (le !== utf8 || be !== utf8) differ.push(`${rule.id} tp[${i}]: UTF-8 ${utf8}, UTF-16 LE ${le}, BE ${be}`);
      else if (utf8.includes(`"${rule.id}"`)) same++;
    });
  }
  assert.deepEqual(differ, []);
  // Not vacuous: most samples are found by their own rule in the first place.
  assert.ok(same > providerRules.length, `only ${same} samples found by their rule`);
});

test('a 4× longer run after a rule\'s keyword costs no more than about 4× (seeded keyword, separator, run)', (t) => {
  const rand = seededRng(seed ^ 0x5eed);
  const SHORT = 32 * 1024;
  const GROWTH_LIMIT = 10; // linear is 4, quadratic 16
  // Below five regex passes over plain text of the long size, a rule's time is noise (a 0.6 ms → 5.8 ms pair was
  // seen under load); growth that matters costs seconds at 128 KB.
  const NOISE_PASSES = 5;
  const floorMs = regexPassMs(plainText(4 * SHORT));
  const slow: string[] = [];
  let inputs = 0;
  for (const rule of providerRules) {
    // A quarter as many as the mutants per sample: each costs 3 × 160 KB of matching.
    for (let n = 0; n < Math.ceil(mutantsPerSample / 4); n++) {
      const keyword = rule.keywords.length > 0 ? oneOf(rand, rule.keywords) : '';
      const input = longRunAfter(keyword, rand);
      const short = input.build(SHORT);
      const long = input.build(4 * SHORT);
      inputs++;
      const run = (text: string) => () => {
        try {
          matchRule(rule, { text, path: 'fuzz.ts' }, rule.anchored ? keywordStarts(rule, text) : undefined);
        } catch (err) {
          assert.fail(`${rule.id} threw ${(err as Error).name} on ${input.what} (${reproduce})`);
        }
      };
      // Best of three, short and long alternating so that both see the same load.
      let shortMs = Infinity;
      let longMs = Infinity;
      for (let round = 0; round < 3; round++) {
        shortMs = Math.min(shortMs, cpuMs(run(short)));
        longMs = Math.min(longMs, cpuMs(run(long)));
      }
      if (longMs > NOISE_PASSES * floorMs && longMs > GROWTH_LIMIT * shortMs) slow.push(`${rule.id} on ${input.what}: ${shortMs.toFixed(1)} ms, 4× longer ${longMs.toFixed(1)} ms`);
    }
  }
  t.diagnostic(`${inputs} inputs of ${SHORT / 1024} KB and ${(4 * SHORT) / 1024} KB; regex pass over plain text ${floorMs.toFixed(1)} ms; ${seed}`);
  assert.deepEqual(slow, [], `super-linear growth (${reproduce})`);
});
