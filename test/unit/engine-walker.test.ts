// The walker, and scans over it (scanTree, as `keywarden scan` runs them): nested .gitignore files, .keywardenignore, .git, binary and huge files, symlink
// loops, unreadable entries (tests run as root, so: dangling symlinks, FIFOs, a file that vanishes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultConfig, parseConfig } from '../../server/detect/config';
import { looksBinary, readTextFile, walkFiles } from '../../server/detect/walker';
import { scanTree } from '../support/scan-tree';
import type { Logger } from '../../server/log';

const KEY = 'sk_live_51Nq8vRk2LmWx93PaTv7YbN4cHdJ6sQe1ZfG0uKoB3yXw8TiA';

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-walk-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

function recorder(): Logger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, debug() {}, info: (m) => infos.push(m), warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

async function walk(root: string, options: { noIgnore?: boolean; start?: string; config?: ReturnType<typeof defaultConfig> } = {}) {
  const out: string[] = [];
  for await (const f of walkFiles(root, { config: options.config ?? defaultConfig(), logger: recorder(), noIgnore: options.noIgnore, start: options.start })) out.push(f.rel);
  return out.sort();
}

test('nested .gitignore files, negation, .keywardenignore and .git', async () => {
  const root = tree({
    '.gitignore': 'build/\n*.log\n!keep.log\n',
    'a.ts': '', 'b.log': '', 'keep.log': '', 'build/out.js': '',
    'pkg/.gitignore': 'secret-*.ts\n/local.ts\n',
    'pkg/secret-1.ts': '', 'pkg/local.ts': '', 'pkg/sub/local.ts': '', 'pkg/index.ts': '',
    'pkg/sub/.gitignore': '!secret-2.ts\n', 'pkg/sub/secret-2.ts': '', 'pkg/sub/secret-3.ts': '',
    '.keywardenignore': 'fixtures/\n', 'fixtures/x.ts': '',
    '.git/config': '', '.git/HEAD': '',
  });
  assert.deepEqual(await walk(root), [
    '.gitignore', '.keywardenignore', 'a.ts', 'keep.log', 'pkg/.gitignore', 'pkg/index.ts', 'pkg/sub/.gitignore',
    'pkg/sub/local.ts', 'pkg/sub/secret-2.ts',
  ]);
  const all = await walk(root, { noIgnore: true });
  assert.ok(all.includes('build/out.js') && all.includes('fixtures/x.ts') && !all.some((f) => f.startsWith('.git/')));
  // Walking a sub-folder still applies the ignore files above it.
  assert.deepEqual(await walk(root, { start: 'pkg/sub' }), ['pkg/sub/.gitignore', 'pkg/sub/local.ts', 'pkg/sub/secret-2.ts']);
});

test('config exclusions, lock files, binary extensions, and files over maxFileSize (reported as skipped)', async () => {
  const root = tree({
    'package-lock.json': '{}', 'a.min.js': '', 'logo.png': 'x', 'big.txt': 'x'.repeat(5000), 'small.txt': 'x', 'vendor/lib.js': '',
  });
  const config = parseConfig({ maxFileSize: 1000, allowlist: { paths: ['vendor/'] } });
  const logger = recorder();
  const skipped: string[] = [];
  const files: string[] = [];
  for await (const f of walkFiles(root, { config, logger, onSkip: (s) => skipped.push(`${s.file} ${s.reason}`) })) files.push(f.rel);
  assert.deepEqual(files, ['small.txt']);
  // An excluded folder is not even entered.
  assert.deepEqual(skipped.sort(), ['a.min.js excluded', 'big.txt too-large', 'logo.png binary', 'package-lock.json excluded']);
  assert.ok(logger.infos.some((w) => w.includes('big.txt') && w.includes('maxFileSize')));
});

test('symlinks are never followed: a loop and a link out of the tree end nowhere', async () => {
  const outside = tree({ 'leak.ts': `const k = "${KEY}";\n` });
  const root = tree({ 'src/a.ts': `const k = "${KEY}";\n` });
  symlinkSync(root, join(root, 'src/loop'));
  symlinkSync(outside, join(root, 'out'));
  symlinkSync(join(outside, 'leak.ts'), join(root, 'leak-link.ts'));
  assert.deepEqual(await walk(root), ['src/a.ts']);
  const result = await scanTree(root, [], { config: defaultConfig(), logger: recorder() });
  assert.deepEqual(result.findings.map((f) => f.file), ['src/a.ts']);
  assert.ok(result.skipped.some((s) => s.reason === 'symlink'));
});

test('unreadable entries give warnings, never a crash: dangling symlink, FIFO, vanished file, a folder as a file', async () => {
  const root = tree({ 'ok.ts': `const k = "${KEY}";\n` });
  symlinkSync(join(root, 'nowhere'), join(root, 'dangling.ts'));
  execFileSync('mkfifo', [join(root, 'pipe.ts')]);
  mkdirSync(join(root, 'dir.ts'));
  const logger = recorder();
  const result = await scanTree(root, ['.', 'dangling.ts', 'pipe.ts', 'gone.ts'], { config: defaultConfig(), logger });
  assert.deepEqual(result.findings.map((f) => f.file), ['ok.ts']);
  assert.equal(result.files, 1);
  const reasons = result.skipped.map((s) => `${s.file} ${s.reason}`);
  assert.ok(reasons.includes('pipe.ts not-a-file'), reasons.join());
  assert.ok(reasons.includes('gone.ts unreadable'), reasons.join());
  assert.ok(reasons.includes('dangling.ts symlink'), reasons.join());
  assert.ok(logger.warnings.some((w) => w.includes('gone.ts')));
  assert.ok(logger.warnings.every((w) => !w.includes(KEY)));
  assert.deepEqual(readTextFile(join(root, 'gone.ts')), { skip: 'unreadable', detail: 'ENOENT' });
  assert.equal((readTextFile(join(root, 'dir.ts')) as { skip: string }).skip, 'unreadable');
});

test('binary detection: NUL bytes or heavy invalid UTF-8; text with a BOM or some Latin-1 stays text', () => {
  const root = tree({
    'nul.dat.txt': Buffer.from([0x68, 0x69, 0x00, 0x01]),
    'latin1.txt': Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' '.repeat(200))]),
    'junk.txt': Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + (i % 60))),
    'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('hello')]),
  });
  assert.equal((readTextFile(join(root, 'nul.dat.txt')) as { skip: string }).skip, 'binary');
  assert.equal((readTextFile(join(root, 'junk.txt')) as { skip: string }).skip, 'binary');
  assert.ok('text' in readTextFile(join(root, 'latin1.txt')));
  assert.deepEqual(readTextFile(join(root, 'bom.txt')), { text: 'hello' });
  assert.equal((readTextFile(join(root, 'bom.txt'), 2) as { skip: string }).skip, 'too-large');
  assert.ok(!looksBinary(Buffer.from('plain ascii')));
});

test('scans: relative paths with forward slashes, explicit files, counts and bytes', async () => {
  const root = tree({ 'src/a.ts': `const k = "${KEY}";\n`, 'src/b.ts': 'nothing\n', 'package-lock.json': `{"k": "${KEY}"}` });
  const result = await scanTree(root, [], { config: defaultConfig(), logger: recorder() });
  assert.deepEqual(result.findings.map((f) => [f.file, f.line, f.ruleId]), [['src/a.ts', 1, 'stripe-secret-key']]);
  assert.equal(result.files, 2);
  assert.ok(result.bytes > 0);
  const explicit = await scanTree(root, [join(root, 'src/a.ts'), 'package-lock.json'], { config: defaultConfig(), logger: recorder() });
  assert.deepEqual(explicit.findings.map((f) => f.file), ['src/a.ts']);
  assert.deepEqual(explicit.skipped, [{ file: 'package-lock.json', reason: 'excluded' }]);
});

test('a start folder whose name begins with a dot is walked as named (.github, not github)', async () => {
  const root = tree({ '.github/workflows/ci.yml': '', 'github/other.ts': '', '.bench/x.ts': '' });
  assert.deepEqual(await walk(root, { start: '.github' }), ['.github/workflows/ci.yml']);
  assert.deepEqual(await walk(root, { start: './.bench/' }), ['.bench/x.ts']);
  assert.deepEqual(await walk(root, { start: '.' }), ['.bench/x.ts', '.github/workflows/ci.yml', 'github/other.ts']);
  const result = await scanTree(root, ['.github'], { config: defaultConfig(), logger: recorder() });
  assert.equal(result.files, 1);
});

test('a start folder excluded by an ignore file above it is walked as asked, with its own ignore files', async () => {
  const root = tree({
    '.gitignore': 'vendor/\n',
    'vendor/lib/a.ts': '', 'vendor/.gitignore': 'dist/\n', 'vendor/dist/b.js': '', 'src/c.ts': '',
  });
  assert.deepEqual(await walk(root), ['.gitignore', 'src/c.ts'], 'a walk from the root still skips it');
  assert.deepEqual(await walk(root, { start: 'vendor' }), ['vendor/.gitignore', 'vendor/lib/a.ts']);
  assert.deepEqual(await walk(root, { start: 'vendor/lib' }), ['vendor/lib/a.ts']);
});
