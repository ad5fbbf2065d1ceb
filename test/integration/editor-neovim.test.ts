// Neovim's built-in LSP client (Debian's neovim, headless) with the README's snippet, read from the
// README: it starts `keywarden lsp --stdio`, shows the diagnostic, and the .env quick fix
// runs through Neovim's own code-action path (workspace/executeCommand, then the server's
// workspace/applyEdit applied to the buffer), then the file is written. The files on disk are checked here.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readmeBlock } from '../support/readme';
import { assertMovedToDotenv, editorProject, keywardenIn } from '../support/editor-move';
import { repo, STAGED_KEY } from '../support/ship';

it('Neovim with the README snippet: diagnostic with the value redacted, then Move to .env writes the file and .env', (t) => {
  if (spawnSync('nvim', ['--version']).status !== 0) return t.skip('nvim is not installed (test/setup.sh installs it)');
  const moved = editorProject('kw-nvim-');
  const { project, file, dotenv } = moved;
  // `keywarden` on PATH, as the snippet expects: this checkout's build.
  const bin = mkdtempSync(join(tmpdir(), 'kw-bin-'));
  keywardenIn(bin);
  // Neovim's state, cache (lsp.log) and config in the temp folder, not the user's.
  const xdg = mkdtempSync(join(tmpdir(), 'kw-xdg-'));
  for (const d of ['config', 'data', 'state', 'cache']) mkdirSync(join(xdg, d));
  const snippet = join(xdg, 'keywarden.lua');
  writeFileSync(snippet, readmeBlock('lua', '**Other editors**'));
  const result = join(project, '..', `${project.split('/').pop()}-result.json`);
  const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(repo, 'test/editors/neovim-move.lua')], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      XDG_CONFIG_HOME: join(xdg, 'config'), XDG_DATA_HOME: join(xdg, 'data'), XDG_STATE_HOME: join(xdg, 'state'), XDG_CACHE_HOME: join(xdg, 'cache'),
      KW_SNIPPET: snippet,
      KW_FILE: file, KW_DOTENV: dotenv, KW_RESULT: result,
    },
  });
  const said = `nvim exited ${r.status}:\n${r.stdout}\n${r.stderr}`;
  assert.ok(existsSync(result), said);
  const out = JSON.parse(readFileSync(result, 'utf8')) as {
    ok?: boolean; failed?: string; steps: string[]; actions?: string[];
    diagnostics?: { code: string; message: string; lnum: number; source: string }[];
  };
  assert.equal(out.failed, undefined, `${JSON.stringify(out)}\n${said}`);
  assert.equal(out.ok, true, said);
  assert.deepEqual(out.diagnostics?.map((d) => [d.code, d.lnum, d.source]), [['stripe-secret-key', 0, 'keywarden']]);
  assert.match(out.diagnostics![0]!.message, /sk_live_…/);
  assert.ok(out.actions?.includes('Move STRIPE_SECRET_KEY to .env'), out.actions?.join(' | '));
  assert.ok(!JSON.stringify(out).includes(STAGED_KEY) && !r.stderr.includes(STAGED_KEY), 'the value never reaches the editor');

  assertMovedToDotenv(moved);
});
