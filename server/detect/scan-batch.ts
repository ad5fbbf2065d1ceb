// The one read → skip → scan loop over a list of walked files: the unit of work of the CLI's worker pool, of
// its in-process scans, and of `keywarden report`, so every path reads, counts, skips and warns the same way.
import type { Scanner } from './scanner';
import type { Finding, RuleFault } from './types';
import type { ReadResult, SkippedFile, WalkedFile } from './walker';

export interface BatchRequest {
  id: number;
  /** `rel` is relative to the scan root: fingerprints and exclusions use it. */
  files: WalkedFile[];
  maxFileSize: number;
}

export interface BatchResult {
  id: number;
  findings: Finding[];
  files: number;
  bytes: number;
  skipped: SkippedFile[];
  /** Warnings for the user (unreadable files), logged by the main thread. */
  warnings: string[];
  /** Rules that failed on a file (their findings there are missing). */
  faults: RuleFault[];
}

export type ReadText = (abs: string, maxSize: number) => ReadResult;

/** `onText` sees each file's text as it is scanned, for callers that look for more than secrets in it. */
export function scanBatch(scanner: Scanner, { id, files, maxFileSize }: BatchRequest, read: ReadText, onText?: (file: WalkedFile, text: string) => void): BatchResult {
  const result: BatchResult = { id, findings: [], files: 0, bytes: 0, skipped: [], warnings: [], faults: [] };
  for (const file of files) {
    const content = read(file.abs, maxFileSize);
    if ('skip' in content) {
      if (content.skip === 'unreadable') result.warnings.push(`cannot read ${file.rel} (${content.detail}); skipped`);
      result.skipped.push({ file: file.rel, reason: content.skip, detail: content.detail });
      continue;
    }
    result.files++;
    result.bytes += file.size;
    onText?.(file, content.text);
    for (const f of scanner.scan(content.text, file.rel, result.faults)) result.findings.push(f);
  }
  return result;
}
