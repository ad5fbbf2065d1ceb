// Section (h) of `npm run bench`: the whole engine's worst case on the adversarial inputs of the linear-time
// guard (test/support/adversarial.ts), as MB/s beside plain text of the same size. Every keyword of every rule
// is scanned followed by each run in turn; the slowest keywords are then taken apart, run by run, to name the
// worst keyword×pattern.
import { performance } from 'node:perf_hooks';
import { providerRules } from '../../server/detect/rules/index';
import { createScanner } from '../../server/detect/scanner';
import { keywordThen, keywordThenRuns, ONE_MB, plainText, runs } from '../support/adversarial';
import { mb, median } from './measure';

export interface AdversarialFigures {
  plainMbPerS: number;
  inputs: number;
  medianMbPerS: number;
  worst: { what: string; mbPerS: number };
  /** The worst keyword×pattern inputs, slowest first. */
  slowest: Array<{ what: string; mbPerS: number }>;
}

const scanner = createScanner();

/** Best of `n` whole-engine scans, in MB/s. */
function mbPerS(text: string, n: number): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    scanner.scan(text, 'adversarial.ts');
    best = Math.min(best, performance.now() - started);
  }
  return mb(text.length) / (best / 1000);
}

export function measureAdversarial(takeApart = 8): AdversarialFigures {
  const plain = plainText();
  mbPerS(plain, 3); // JIT warm-up
  const plainMbPerS = mbPerS(plain, 5);
  const keywords = [...new Set(providerRules.flatMap((r) => r.keywords))].sort();
  const perKeyword = keywords.map((k) => ({ k, rate: mbPerS(keywordThenRuns(k).build(ONE_MB), 1) }));
  const slowKeywords = [...perKeyword].sort((a, b) => a.rate - b.rate).slice(0, takeApart);
  const slowest = slowKeywords
    .flatMap(({ k }) => runs.map((run) => {
      const input = keywordThen(k, run);
      return { what: input.what, mbPerS: mbPerS(input.build(ONE_MB), 2) };
    }))
    .sort((a, b) => a.mbPerS - b.mbPerS)
    .slice(0, 5);
  return {
    plainMbPerS,
    inputs: perKeyword.length,
    medianMbPerS: median(perKeyword.map((p) => p.rate)),
    worst: slowest[0] ?? { what: 'none', mbPerS: plainMbPerS },
    slowest,
  };
}
