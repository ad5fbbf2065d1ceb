// `.keywarden/baseline.json`: fingerprints of accepted findings. No line numbers, so it never churns.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import * as z from 'zod';
import { readProjectFile } from '../bounded-read';
import { UserError } from '../errors';
import { formatIssuePath } from './config';
import { BASELINE_PATH } from './project-paths';
import type { Finding } from './types';

export { BASELINE_PATH };

/** Built on first use, as config.ts's: a scan without a baseline file never pays for zod's schemas. */
function buildSchema() {
  const entry = z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{16,64}$/), ruleId: z.string(), file: z.string() });
  return z.strictObject({ version: z.literal(1), fingerprints: z.array(entry) });
}
let schema: ReturnType<typeof buildSchema> | undefined;
export type Baseline = z.infer<ReturnType<typeof buildSchema>>;
export type BaselineEntry = Baseline['fingerprints'][number];

function resolve(root: string, file = BASELINE_PATH): string {
  return isAbsolute(file) ? file : join(root, file);
}

/** Reads the baseline; a missing file is an empty baseline, a malformed one a UserError. */
export function loadBaseline(root: string, file = BASELINE_PATH): Baseline {
  const raw = readProjectFile(resolve(root, file), file);
  if (raw === undefined) return { version: 1, fingerprints: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new UserError(`${file} is not valid JSON`, 'Write it again with `keywarden baseline`.');
  }
  const parsed = (schema ??= buildSchema()).safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues; // a failed parse has at least one issue
    throw new UserError(`${file} is invalid: ${issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : parsed.error.message}`,
      'Write it again with `keywarden baseline`.');
  }
  return parsed.data;
}

function entryOf(f: Pick<Finding, 'fingerprint' | 'ruleId' | 'file'>): BaselineEntry {
  return { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file.replace(/\\/g, '/') };
}

/** Sorted by file, rule, fingerprint, without duplicates, so the file diffs cleanly. */
function normalise(entries: BaselineEntry[]): Baseline {
  const unique = new Map(entries.map((e) => [e.fingerprint, e]));
  const fingerprints = [...unique.values()].sort((a, b) =>
    a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, fingerprints };
}

function save(path: string, baseline: Baseline): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(baseline, null, 2) + '\n');
  renameSync(tmp, path);
}

/** Writes a baseline of exactly these findings (their `file` should be relative to `root`). */
export function writeBaseline(root: string, findings: readonly Finding[], file = BASELINE_PATH): Baseline {
  const baseline = normalise(findings.map(entryOf));
  save(resolve(root, file), baseline);
  return baseline;
}

/** Adds one finding to the baseline on disk (the editor's "accept this finding" quick fix). */
export function addToBaseline(root: string, finding: Pick<Finding, 'fingerprint' | 'ruleId' | 'file'>, file = BASELINE_PATH): Baseline {
  const current = loadBaseline(root, file);
  const baseline = normalise([...current.fingerprints, entryOf(finding)]);
  save(resolve(root, file), baseline);
  return baseline;
}

/** The findings that are not in the baseline (entries in the older unsalted form still match). */
export function applyBaseline<T extends Pick<Finding, 'fingerprint' | 'legacyFingerprint'>>(findings: readonly T[], baseline: Baseline): T[] {
  // No fingerprint is computed when nothing could match it (the editor applies this on every keystroke).
  if (baseline.fingerprints.length === 0) return [...findings];
  const known = new Set(baseline.fingerprints.map((e) => e.fingerprint));
  const legacy = legacyEntries(baseline) > 0;
  return findings.filter((f) => !known.has(f.fingerprint) && !(legacy && f.legacyFingerprint && known.has(f.legacyFingerprint)));
}

/** Entries written before fingerprints were keyed (40 hex digits, unsalted): `keywarden baseline` rewrites them. */
export function legacyEntries(baseline: Baseline): number {
  return baseline.fingerprints.filter((e) => e.fingerprint.length === 40).length;
}
