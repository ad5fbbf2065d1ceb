// The language server on hostile input: a rule that fails on a document costs that rule's diagnostics only (the
// others still show, the failure is logged once), and the URLs that crashed db-connection-string.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { only } from '../support/defined';
import { startLsp, type LspClient } from '../support/lsp-client';

const PASSWORD_LINE = 'password = "Zq8vR2nT6wLp4Ks9Xy"\n';

describe('language server: a rule that fails on a document', () => {
  let root: string;
  let client: LspClient;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'kw-lsp-hostile-'));
    mkdirSync(join(root, '.keywarden'));
    // `(a|a)*c` passes the load-time check and backtracks without end on a run of `a`s: the budget stops it.
    writeFileSync(join(root, '.keywarden/config.json'), JSON.stringify({ rules: [{ id: 'slow-rule', regex: '(a|a)*c', keywords: ['aaaa'] }] }));
    client = await startLsp({ root });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('still shows the other rules\' diagnostics, logs the failure once and keeps answering', async () => {
    const uri = client.open('big.py', 'python', `${'a'.repeat(40)}\n${PASSWORD_LINE}`);
    const diagnostics = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, 30_000);
    assert.deepEqual(diagnostics.diagnostics.map((d) => [d.code, d.range.start.line]), [['generic-password', 1]]);
    // Another edit re-checks: the failure is not logged again, and other documents are checked meanwhile.
    const version = client.change(uri, `${'a'.repeat(41)}\n${PASSWORD_LINE}`);
    const other = client.open('other.py', 'python', PASSWORD_LINE);
    assert.equal((await client.diagnostics(other, (p) => p.diagnostics.length > 0, 30_000)).diagnostics.length, 1);
    await client.diagnostics(uri, (p) => p.version === version, 30_000);
    const logged = only(client.logs.filter((l) => l.includes('slow-rule')), `slow-rule line in:\n${client.logs.join('\n')}`);
    assert.match(logged, /big\.py.*ran over/);
  });

  it('URLs without a host (they crashed db-connection-string) leave the password on the next line flagged', async () => {
    const uri = client.open('db.py', 'python', `x = "mysql://u:p@"\ny = "amqp://:Op@"\nz = "postgres://app:pw@/x"\n${PASSWORD_LINE}`);
    const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, 30_000);
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line]), [['generic-password', 3]]);
    assert.ok(!client.logs.some((l) => /check failed/.test(l)), client.logs.join('\n'));
  });
});
