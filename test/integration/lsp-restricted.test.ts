// Restricted Mode (an untrusted workspace): the server finds secrets with its built-in rules, but the
// repository's own regexes are not run, moves and baseline edits are offered disabled and refused, and the
// Keys view's writes are refused; the same project, trusted, gets all of them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Commands, KeyActionRequest } from '../../server/shared/protocol';
import { startLsp, type LspClient } from '../support/lsp-client';

const STRIPE_LIVE = ['sk', 'live', 'aZTL52yn6zVOIuhiKuCQCLlP4f2a'].join('_');
const ACME = `acme_${'k3y9'.repeat(8)}`;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-restricted-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  mkdirSync(join(root, '.keywarden'));
  const rule = { id: 'acme-token', regex: 'acme_[a-z0-9]{32}', keywords: ['acme_'] };
  writeFileSync(join(root, '.keywarden/config.json'), JSON.stringify({ rules: [rule] }));
  return root;
}

const text = `export const stripe = "${STRIPE_LIVE}";\nexport const acme = "${ACME}";\n`;

describe('Restricted Mode', () => {
  let root: string;
  let client: LspClient;
  before(async () => {
    root = project();
    client = await startLsp({ root, initializationOptions: { restricted: true } });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it("finds secrets with the built-in rules, not with the repository's custom rules", async () => {
    const uri = client.open('pay.ts', 'typescript', text);
    assert.deepEqual((await client.current(uri)).map((d) => d.code), ['stripe-secret-key']);
  });

  it('offers the moves and the baseline disabled, saying why, and refuses them if run anyway', async () => {
    const uri = client.uri('pay.ts');
    const diagnostics = await client.current(uri);
    const actions = await client.codeActions(uri, diagnostics);
    const writes = actions.filter((a) => /Move|baseline/.test(a.title));
    assert.ok(writes.length >= 3, actions.map((a) => a.title).join(', '));
    for (const a of writes) {
      assert.equal(a.command, undefined, a.title);
      assert.match(a.disabled?.reason ?? '', /Restricted Mode: trust this folder/);
    }
    assert.ok(actions.some((a) => a.title.startsWith('Ignore this finding') && a.edit), 'the in-editor ignore edit stays');
    const data = diagnostics[0]!.data as { fingerprint: string; suggestedName: string };
    const args = { uri, version: client.version(uri), fingerprint: data.fingerprint, suggestedName: data.suggestedName };
    const result = (await client.execute(Commands.moveToDotenv, [args])) as { ok: boolean };
    assert.equal(result.ok, false);
    await client.waitFor(() => client.messages.find((m) => /waits for workspace trust/.test(m.message)), 'a Restricted Mode message');
    assert.ok(!existsSync(join(root, '.env')), 'nothing was written');
    const key = await client.connection.sendRequest(KeyActionRequest.type, { folder: client.uri(''), name: 'STRIPE_SECRET_KEY', action: 'revoke', reason: 'test' });
    assert.match((key as { message?: string }).message ?? '', /waits for workspace trust/);
  });
});

describe('the same project, trusted', () => {
  it('runs the custom rule and offers the moves', async () => {
    const root = project();
    const client = await startLsp({ root });
    try {
      const uri = client.open('pay.ts', 'typescript', text);
      const diagnostics = await client.current(uri);
      assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['acme-token', 'stripe-secret-key']);
      const actions = await client.codeActions(uri, diagnostics.filter((d) => d.code === 'stripe-secret-key'));
      assert.ok(actions.some((a) => a.title.startsWith('Move') && a.command && !a.disabled));
    } finally {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
