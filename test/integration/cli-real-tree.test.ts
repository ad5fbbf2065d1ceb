// `keywarden scan`, the built CLI as a child process, over a real tree of thousands of files (packages copied from
// this repository's node_modules) into which the inputs that once broke a scan are planted: a URL that crashed a
// rule, a megabyte of spaces after a keyword, a FIFO, a symlink to /dev/zero, a UTF-16 file with a token, a
// binary file and a 50,000-character .gitignore line. Whatever one file holds, the scan ends with 0 or 1.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, tempProject } from '../support/cli';
import { fake, seededRng } from '../support/fake-secrets';

const NODE_MODULES = join(__dirname, '../../node_modules');
const WANT_FILES = 3000;
const MAX_PACKAGE_BYTES = 4 << 20;

/** Files and bytes under `dir` (symlinks not followed). */
function measure(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const sub = measure(join(dir, entry.name));
      files += sub.files;
      bytes += sub.bytes;
    } else if (entry.isFile()) {
      files++;
      bytes += statSync(join(dir, entry.name)).size;
    }
  }
  return { files, bytes };
}

/** Copies whole packages (the small ones, in name order) into `dest` until it holds WANT_FILES files. */
function copyPackages(dest: string): number {
  let files = 0;
  for (const name of readdirSync(NODE_MODULES).sort()) {
    if (name.startsWith('.') || name.startsWith('@')) continue;
    const src = join(NODE_MODULES, name);
    if (!statSync(src).isDirectory()) continue;
    const size = measure(src);
    if (size.bytes > MAX_PACKAGE_BYTES) continue;
    cpSync(src, join(dest, name), { recursive: true, verbatimSymlinks: true });
    files += size.files;
    if (files >= WANT_FILES) break;
  }
  return files;
}

test('keywarden scan over thousands of real files with hostile ones planted: exit 0/1, the UTF-16 token found', (t) => {
  const token = fake.githubPat(seededRng(88));
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`# exported on Windows\r\nGITHUB_TOKEN=${token}\r\n`, 'utf16le')]);
  const binary = Buffer.alloc(64 * 1024);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 2654435761) >>> 24;
  const root = tempProject({
    '.gitignore': `node_modules/\n/${'a'.repeat(50_000)}\n*.log\n`,
    'hostile/db.py': 'x = "mysql://u:p@"\ny = "amqp://:Op@"\nz = "postgres://app:pw@/x"\n',
    // Just under the 1 MB file-size cap, so that it is scanned, not skipped.
    'hostile/spaces.py': `secret_access_key${' '.repeat(1_000_000)}\n`,
    'hostile/exported.env': utf16,
    'hostile/blob.bin.txt': binary,
  });
  execFileSync('mkfifo', [join(root, 'hostile/pipe.txt')]);
  symlinkSync('/dev/zero', join(root, 'hostile/zero.txt'));
  const copied = copyPackages(join(root, 'vendor'));
  assert.ok(copied >= WANT_FILES, `only ${copied} files in this repository's small packages`);

  const r = runCli(root, ['scan', '--format', 'json'], { timeoutMs: 300_000 });
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}${r.code === null ? ' (killed after 300 s)' : ''}: ${r.stderr.slice(0, 2000)}`);
  const report = JSON.parse(r.stdout) as { findings: Array<{ file: string; ruleId: string; line: number }>; summary: { filesScanned: number; filesSkipped: number } };
  t.diagnostic(`${copied} files copied; ${report.summary.filesScanned} scanned, ${report.summary.filesSkipped} skipped, ${report.findings.length} findings in ${(r.ms / 1000).toFixed(1)} s (under the others' load)`);
  // Some are skipped (binary, minified, generated): thousands are still read and scanned.
  assert.ok(report.summary.filesScanned >= 2000, `scanned only ${report.summary.filesScanned} files`);
  assert.deepEqual(report.findings.filter((f) => f.file === 'hostile/exported.env').map((f) => [f.ruleId, f.line]), [['github-pat', 2]]);
  assert.doesNotMatch(r.stderr, /internal error|Invalid regular expression/);
  assert.ok(!r.stdout.includes(token) && !r.stderr.includes(token), 'the token is never printed');
});
