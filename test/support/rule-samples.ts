// Every rule's samples, test-only: from the `rules/<provider>.samples.ts` files. No production module imports
// this, so samples never reach a bundle.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule, RuleSamples, SampleSet } from '../../server/detect/rule';

const rulesDir = join(__dirname, '../../server/detect/rules');

/** Samples files by rule id, with the file each came from. */
export const sampleFiles: Map<string, { file: string; samples: SampleSet }> = new Map();
for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.samples.ts')).sort()) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(join(rulesDir, file)) as { samples?: RuleSamples };
  if (!mod.samples) throw new Error(`${file} exports no \`samples\``);
  for (const [id, samples] of Object.entries(mod.samples)) {
    if (sampleFiles.has(id)) throw new Error(`samples for ${id} in both ${sampleFiles.get(id)!.file} and ${file}`);
    sampleFiles.set(id, { file, samples });
  }
}

/** The samples of one rule; a rule without any fails loudly. */
export function samplesOf(rule: Rule): SampleSet {
  const samples = sampleFiles.get(rule.id)?.samples;
  if (!samples) throw new Error(`rule ${rule.id} has no samples: add them to its rules/<provider>.samples.ts`);
  return samples;
}

/** A file name that fits the sample, so file-kind signals (.env, .npmrc, .netrc, .pgpass, YAML) apply. */
export function pathFor(sample: string): string {
  if (/^\/\/[\w.-]+\/:_authToken=/m.test(sample)) return '.npmrc';
  if (/^machine\s/m.test(sample)) return '.netrc';
  if (/^[^:\s]+:(?:\d+|\*):[^:\s]+:[^:\s]+:\S+$/m.test(sample)) return '.pgpass';
  if (/^\s*[{[]/.test(sample) && !/[;=]/.test(sample.replace(/"[^"]*"/g, ''))) return 'sample.json';
  if (/^\s*</.test(sample)) return 'sample.xml';
  if (/^[A-Z][A-Z0-9_]*=/m.test(sample) && !/[;()]/.test(sample)) return '.env';
  if (/^[\w.-]+:\s*(?:\n|\S)/m.test(sample) && !/[;(){}]/.test(sample)) return 'sample.yaml';
  if (/^[\w.]+\s*=\s*['"]?[^'"\s]+['"]?$/m.test(sample) && !/[;]/.test(sample)) return 'sample.properties';
  if (/\bdef |\bimport |^\w+ = .*\bos\./m.test(sample) || /^[a-z_]+\s*=\s*['"(]/m.test(sample)) return 'sample.py';
  return 'sample.ts';
}
