// `keywarden scan --staged`: the content git would commit (the index), never the working tree's. One
// `git diff --cached` lists staged files with their blob ids; one `git cat-file --batch` reads every blob.
import { spawnSync } from 'node:child_process';
import { UserError } from '../errors';
import type { KeywardenConfig } from '../detect/config';
import { hasBinaryExtension } from '../detect/file-kind';
import type { Scanner } from '../detect/scanner';
import { decodeText, type SkippedFile } from '../detect/walker';
import type { Finding, RuleFault } from '../detect/types';

export interface StagedScan {
  /** `file` relative to the repository's top folder. */
  findings: Finding[];
  files: number;
  bytes: number;
  skipped: SkippedFile[];
  faults: RuleFault[];
}

function git(cwd: string, args: string[], input?: string): Buffer {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (r.error) {
    throw new UserError(`--staged needs git, which could not be run (${(r.error as NodeJS.ErrnoException).code ?? r.error.message})`,
      'Install git, or scan paths without --staged.');
  }
  if (r.status !== 0) {
    const [stderr = ''] = r.stderr.toString().trim().split('\n');
    if (/not a git repository/i.test(stderr)) {
      throw new UserError(`--staged needs a git repository, and ${cwd} is not inside one`,
        'Run it from inside a git work tree (e.g. in a pre-commit hook), or scan paths without --staged.');
    }
    throw new UserError(`git ${args[0]} failed: ${stderr}`, 'Check the repository with `git status`.');
  }
  return r.stdout;
}

export function gitTopLevel(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
}

interface StagedEntry {
  path: string;
  blob: string;
}

/** Staged regular files (added, copied, modified, renamed), limited to `pathspecs` if any. */
function stagedEntries(cwd: string, pathspecs: string[]): StagedEntry[] {
  const out = git(cwd, ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-filter=ACMR', '--', ...pathspecs]).toString();
  const parts = out.split('\0');
  const entries: StagedEntry[] = [];
  // -z --raw: ":<old mode> <new mode> <old blob> <new blob> <status>\0<path>\0" per file.
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [status = '', path = ''] = parts.slice(i, i + 2);
    const [, newMode, , newBlob] = status.slice(1).split(' ');
    // 120000 = symlink, 160000 = submodule: no content of ours to scan.
    if ((newMode === '100644' || newMode === '100755') && newBlob) entries.push({ path, blob: newBlob });
  }
  return entries;
}

/**
 * Scans the staged version of each staged file. `root` is the repository's top folder (gitTopLevel), which
 * staged paths and findings are relative to; `pathspecs` are relative to `cwd`.
 */
export function scanStaged(cwd: string, root: string, pathspecs: string[], config: KeywardenConfig, scanner: Scanner): StagedScan {
  const result: StagedScan = { findings: [], files: 0, bytes: 0, skipped: [], faults: [] };
  const entries = stagedEntries(cwd, pathspecs).filter((e) => {
    if (scanner.isExcludedPath(e.path)) result.skipped.push({ file: e.path, reason: 'excluded' });
    else if (hasBinaryExtension(e.path)) result.skipped.push({ file: e.path, reason: 'binary' });
    else return true;
    return false;
  });
  if (entries.length === 0) return result;
  const blobs = git(root, ['cat-file', '--batch'], entries.map((e) => e.blob).join('\n') + '\n');
  let at = 0;
  for (const entry of entries) {
    // "<blob> blob <size>\n<content>\n"
    const headerEnd = blobs.indexOf(0x0a, at);
    const size = Number(blobs.subarray(at, headerEnd).toString().split(' ')[2]);
    const content = blobs.subarray(headerEnd + 1, headerEnd + 1 + size);
    at = headerEnd + 1 + size + 1;
    if (size > config.maxFileSize) {
      result.skipped.push({ file: entry.path, reason: 'too-large', detail: `${size} bytes` });
      continue;
    }
    const text = decodeText(content);
    if (text === undefined) {
      result.skipped.push({ file: entry.path, reason: 'binary', detail: 'binary content' });
      continue;
    }
    result.files++;
    result.bytes += size;
    result.findings.push(...scanner.scan(text, entry.path, result.faults));
  }
  return result;
}
