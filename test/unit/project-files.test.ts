// The project's own files read without trusting them: config, baseline, inventory and audit log only as regular
// files under a size cap (a symlink to /dev/zero, a FIFO, a folder are refused before any byte is read), and
// ignore-file patterns that cannot compile skipped with one warning.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProjectFile } from '../../server/bounded-read';
import { loadBaseline } from '../../server/detect/baseline';
import { CONFIG_PATH, defaultConfig, loadConfig } from '../../server/detect/config';
import { walkFiles } from '../../server/detect/walker';
import { UserError } from '../../server/errors';
import type { Logger } from '../../server/log';
import { readAudit } from '../../server/vault/audit';
import { readInventory } from '../../server/vault/inventory';
import { defined } from '../support/defined';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-files-'));
  mkdirSync(join(root, '.keywarden'));
  return root;
}

const hostile: Array<[string, (path: string) => void, RegExp]> = [
  ['a symlink to /dev/zero', (p) => symlinkSync('/dev/zero', p), /is a device, not a regular file/],
  ['a named pipe', (p) => execFileSync('mkfifo', [p]), /is a named pipe, not a regular file/],
  ['a folder', (p) => mkdirSync(p), /is a directory, not a regular file/],
];

describe('readProjectFile', () => {
  for (const [what, make, message] of hostile) {
    it(`refuses ${what} at once, with what to do`, () => {
      const path = join(project(), 'file.json');
      make(path);
      assert.throws(() => readProjectFile(path, 'file.json'), (err: unknown) => {
        assert.ok(err instanceof UserError);
        assert.match(err.message, message);
        assert.match(err.hint ?? '', /regular file/);
        return true;
      });
    });
  }

  it('refuses a file over the cap, and reads one under it; a missing file is undefined', () => {
    const path = join(project(), 'big.json');
    writeFileSync(path, 'x'.repeat(2048));
    assert.throws(() => readProjectFile(path, 'big.json', 1024), /over the .* MB such a file may have/);
    assert.equal(readProjectFile(path, 'big.json', 4096)?.length, 2048);
    assert.equal(readProjectFile(join(path, 'missing')), undefined);
  });
});

describe('config, baseline, inventory and audit log that are not regular files', () => {
  const readers: Array<[string, string, (root: string) => unknown]> = [
    ['config', CONFIG_PATH, (root) => loadConfig(root)],
    ['baseline', '.keywarden/baseline.json', (root) => loadBaseline(root)],
    ['inventory', '.keywarden/keys.json', (root) => readInventory(root)],
    ['audit log', '.keywarden/audit.jsonl', (root) => readAudit(root)],
  ];
  for (const [name, rel, read] of readers) {
    it(`the ${name} as a FIFO or /dev/zero is a clear error naming it, not a hang or a 15 GB read`, async () => {
      for (const [what, make] of hostile.slice(0, 2)) {
        const root = project();
        make(join(root, rel));
        await assert.rejects(async () => read(root), (err: unknown) => {
          assert.ok(err instanceof UserError, `${what}: ${String(err)}`);
          assert.match(err.message, /not a regular file/);
          return true;
        });
      }
    });
  }

  it('a missing config is still the defaults', () => {
    assert.deepEqual(loadConfig(project()), defaultConfig());
  });
});

describe('ignore files', () => {
  it('a 50,000-character pattern is skipped with one warning; the file\'s other patterns still apply', async () => {
    const root = project();
    writeFileSync(join(root, '.gitignore'), `${'a'.repeat(50_000)}\nbuild/\n`);
    mkdirSync(join(root, 'build'));
    writeFileSync(join(root, 'build/out.js'), 'x');
    writeFileSync(join(root, 'app.js'), 'x');
    const warnings: string[] = [];
    const logger: Logger = { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} };
    const files: string[] = [];
    for await (const f of walkFiles(root, { config: defaultConfig(), logger })) files.push(f.rel);
    assert.deepEqual(files.sort(), ['.gitignore', 'app.js']);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(defined(warnings[0], "warnings[0]"), /\.gitignore: 1 pattern could not be compiled/);
  });

  it('an ignore file that is a FIFO is not read (a warning), and the walk goes on', async () => {
    const root = project();
    execFileSync('mkfifo', [join(root, '.keywardenignore')]);
    writeFileSync(join(root, 'app.js'), 'x');
    const warnings: string[] = [];
    const logger: Logger = { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} };
    const files: string[] = [];
    for await (const f of walkFiles(root, { config: defaultConfig(), logger })) files.push(f.rel);
    assert.deepEqual(files, ['app.js']);
    assert.match(warnings.join('\n'), /\.keywardenignore is a named pipe/);
  });
});
