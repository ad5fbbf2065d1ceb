// A secret in a .env, as the CLI and the editor see it, by how git sees the file: a git-ignored .env scanned
// on purpose is a hint (Keywarden's own "Move to .env" puts values there), a tracked one an error, and one git
// neither tracks nor ignores (a leak in waiting) keeps its rule's severity. Both say it with the same words.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { DOTENV_HINT } from '../../server/shared/dotenv-hint';
import { runCli } from '../support/cli';
import { only } from '../support/defined';
import { startLsp } from '../support/lsp-client';

const STRIPE_LIVE = ['sk', 'live', 'aZTL52yn6zVOIuhiKuCQCLlP4f2a'].join('_');
const line = `STRIPE_SECRET_KEY=${STRIPE_LIVE}\n`;

describe('.env severity: the CLI and the editor agree', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'kw-dotenv-'));
    execFileSync('git', ['init', '-q'], { cwd: root });
    writeFileSync(join(root, '.gitignore'), '.env\n');
    writeFileSync(join(root, '.env'), line); // ignored
    writeFileSync(join(root, '.env.local'), line); // neither tracked nor ignored
    writeFileSync(join(root, 'prod.env'), line);
    execFileSync('git', ['add', 'prod.env'], { cwd: root }); // tracked
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const severityOf = (findings: { file: string; severity: string }[]) => Object.fromEntries(findings.map((f) => [f.file, f.severity]));

  it('keywarden scan: the default skips the ignored .env; --no-ignore and an explicit path show it as a hint', () => {
    const plain = runCli(root, ['scan', '--format', 'json']);
    assert.deepEqual(severityOf(JSON.parse(plain.stdout).findings), { '.env.local': 'error', 'prod.env': 'error' });
    assert.equal(plain.code, 1);
    const all = runCli(root, ['scan', '--no-ignore', '--format', 'json']);
    assert.deepEqual(severityOf(JSON.parse(all.stdout).findings), { '.env': 'hint', '.env.local': 'error', 'prod.env': 'error' });
    const explicit = runCli(root, ['scan', '.env']);
    assert.match(explicit.stdout, /^\.env:1:19 +hint +stripe-secret-key /m);
    assert.equal(explicit.code, 0, 'a hint is shown but does not fail the scan');
    assert.equal(runCli(root, ['scan', '.env', '--format', 'sarif']).code, 0);
    assert.equal(runCli(root, ['scan', '.env', 'prod.env']).code, 1, 'a hint beside an error: the error fails it');
    assert.match(explicit.stdout, new RegExp(`^1 value in git-ignored \\.env files: ${DOTENV_HINT}\\.$`, 'm'));
    assert.ok(!(plain.stdout + all.stdout + explicit.stdout).includes(STRIPE_LIVE));
  });

  it('the editor: the same severities, and each message says what git does with the file', async () => {
    const client = await startLsp({ root });
    try {
      const shown = async (file: string) => only(await client.current(client.open(file, 'dotenv', line)), `diagnostic in ${file}`);
      const ignored = await shown('.env');
      assert.equal(ignored.severity, DiagnosticSeverity.Hint);
      assert.match(ignored.message, new RegExp(`in a git-ignored \\.env — ${DOTENV_HINT}$`));
      const unignored = await shown('.env.local');
      assert.equal(unignored.severity, DiagnosticSeverity.Error);
      assert.match(unignored.message, /in a \.env that git does not ignore — add the file to \.gitignore/);
      const tracked = await shown('prod.env');
      assert.equal(tracked.severity, DiagnosticSeverity.Error);
      assert.match(tracked.message, /in a \.env that git tracks/);
    } finally {
      await client.stop();
    }
  });
});
