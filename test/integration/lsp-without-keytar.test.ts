// A platform whose keytar binary is missing or fails to load (test/support/without-keytar.ts), with the
// language server: detection and the .env move work; the keychain move says keytar could not be loaded and
// offers .env instead.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { MessageType, type CodeAction } from 'vscode-languageserver-protocol';
import { parseDotenv } from '../../server/vault/dotenv';
import { startLsp } from '../support/lsp-client';
import { git, STAGED_KEY } from '../support/ship';
import { installWithoutKeytar } from '../support/without-keytar';

it('without a loadable keytar: diagnostics and the .env move work; the keychain move explains and offers .env', async () => {
  const { dist, env } = installWithoutKeytar();
  const root = mkdtempSync(join(tmpdir(), 'kw-project-'));
  git(root, 'init', '-q');
  writeFileSync(join(root, '.env'), 'PORT=3000\n');
  const source = `const stripe = require("stripe")("${STAGED_KEY}");\n`;
  let pick = false;
  const client = await startLsp({
    root, env, argv: [join(dist, 'server.js'), '--stdio'],
    pickAction: (p) => (pick ? p.actions?.find((a) => a.title === 'Move to .env instead') ?? null : null),
  });
  try {
    const uri = client.open('pay.js', 'javascript', source);
    const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, 20_000);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['stripe-secret-key']);
    const actions: CodeAction[] = await client.codeActions(uri, published.diagnostics);
    const command = (title: RegExp) => {
      const found = actions.find((a) => title.test(a.title))?.command;
      assert.ok(found, `no action matching ${title}: ${actions.map((a) => a.title).join(' | ')}`);
      return found;
    };

    const keychain = command(/OS keychain$/);
    const result = (await client.execute(keychain.command, keychain.arguments!)) as { ok: boolean };
    const request = await client.waitFor(() => client.messageRequests[0], 'the keychain error message', 20_000);
    assert.equal(result.ok, false);
    assert.equal(request.type, MessageType.Error);
    assert.match(request.message, /the keychain library \(keytar\) could not be loaded/);
    assert.match(request.message, /install Keywarden's build for this platform/);
    assert.deepEqual(request.actions, [{ title: 'Move to .env instead' }]);
    assert.equal(client.text(uri), source);
    assert.ok(!existsSync(join(root, '.keywarden')), 'a failed move leaves no project identity behind');

    // What the user does next: picks "Move to .env instead" on that message.
    pick = true;
    await client.execute(keychain.command, keychain.arguments!);
    await client.waitFor(() => (client.text(uri).includes('process.env.STRIPE_SECRET_KEY') ? true : undefined), 'the .env move', 20_000);
    assert.equal(client.text(uri), 'const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);\n');
    await client.waitFor(() => (readFileSync(join(root, '.env'), 'utf8').includes('STRIPE') ? true : undefined), '.env written', 20_000);
    assert.deepEqual(parseDotenv(readFileSync(join(root, '.env'), 'utf8')), { PORT: '3000', STRIPE_SECRET_KEY: STAGED_KEY });
    assert.ok(!JSON.stringify([client.messages, client.messageRequests, client.logs]).includes(STAGED_KEY));
  } finally {
    await client.stop();
  }
});
