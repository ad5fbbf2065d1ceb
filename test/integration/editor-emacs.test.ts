// Emacs with eglot (Debian's emacs-nox 28 and elpa-eglot, in batch mode) and the README's snippet: eglot
// starts `keywarden lsp --stdio`, flymake shows the diagnostic, and the .env quick fix runs through
// eglot-code-actions (workspace/executeCommand, then the server's workspace/applyEdit applied to the buffer);
// the buffer is saved. The files on disk are checked here.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readmeBlock } from '../support/readme';
import { assertMovedToDotenv, editorProject, keywardenIn } from '../support/editor-move';
import { repo, STAGED_KEY } from '../support/ship';

const hasEglot = spawnSync('emacs', ['--batch', '--eval', "(require 'eglot)"]).status === 0;

it('Emacs + eglot with the README snippet: diagnostic with the value redacted, then Move to .env writes the file and .env', { skip: hasEglot ? false : 'emacs with eglot is not installed (test/setup.sh installs emacs-nox and elpa-eglot)' }, () => {
  const moved = editorProject('kw-emacs-');
  const { project, file, dotenv } = moved;
  const home = mkdtempSync(join(tmpdir(), 'kw-emacs-home-'));
  keywardenIn(home);
  const snippet = join(home, 'keywarden.el');
  writeFileSync(snippet, readmeBlock('elisp', 'Emacs with eglot'));
  const result = join(home, 'result.json');
  const r = spawnSync('emacs', ['--batch', '-q', '-l', join(repo, 'test/editors/emacs-move.el')], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, HOME: home, PATH: `${home}:${process.env.PATH}`, KW_SNIPPET: snippet, KW_FILE: file, KW_DOTENV: dotenv, KW_RESULT: result },
  });
  const said = `emacs exited ${r.status}:\n${r.stdout}\n${r.stderr}`;
  assert.ok(existsSync(result), said);
  const out = JSON.parse(readFileSync(result, 'utf8')) as {
    ok?: boolean; failed?: string; steps: string[]; actions?: string[];
    diagnostics?: { code: string; message: string; line: number }[];
  };
  assert.equal(out.failed, undefined, `${JSON.stringify(out)}\n${said}`);
  assert.equal(out.ok, true, said);
  assert.deepEqual(out.diagnostics?.map((d) => [d.code, d.line]), [['stripe-secret-key', 1]]);
  assert.match(out.diagnostics![0]!.message, /sk_live_…/);
  assert.ok(out.actions?.includes('Move STRIPE_SECRET_KEY to .env'), out.actions?.join(' | '));
  assert.ok(!JSON.stringify(out).includes(STAGED_KEY) && !r.stderr.includes(STAGED_KEY), 'the value never reaches the editor');

  assertMovedToDotenv(moved);
});
