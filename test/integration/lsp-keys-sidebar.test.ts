// The Keys sidebar's messages over stdio with a real JSON-RPC client and the real (throwaway) keychain:
// keywarden/keys (and its error item for a bad inventory), keysChanged on inventory/.env changes, the hover on
// env lookups, find references, untracked .env keys, and lifecycle steps through keywarden/keyAction.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deletePassword, getPassword, setPassword } from 'keytar';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { legacyValueFingerprint } from '../../server/detect/fingerprint';
import {
  adoptCommand,
  KeyActionRequest,
  KeyReferencesRequest,
  KeysChangedNotification,
  KeysRequest,
  UntrackedKeysRequest,
  type AdoptCommandArgs,
} from '../../server/shared/protocol';
import type { Inventory } from '../../server/vault/inventory';
import { identify } from '../support/project';
import { at, only } from '../support/defined';
import { startLsp, type LspClient } from '../support/lsp-client';

const day = 86_400_000;
const stripe = 'sk_live_51Hq7ZtR2mVx9KcB4nWj6LpD1fS8gY3aE0uI5oP7kT2xC9vB4nM6qW1eR8tY3uJ5hK0gF7dS2aZ9xC4v';
const rotated = 'sk_live_51Jr8AuS3nWy0LdC5oXk7MqE2gT9hZ4bF1vJ6pQ8lU3yD0wC5tB7mN2rX9eZ6aK1jG8hS3fV0cY5pT';

function inventory(): Inventory {
  // noon UTC, N calendar days ago: due words count calendar days, whatever the hour of the run
  const at = (daysAgo: number) => new Date(Math.floor(Date.now() / day) * day - daysAgo * day + day / 2).toISOString();
  return {
    version: 1,
    keys: [
      {
        name: 'STRIPE_SECRET_KEY', provider: 'stripe', environment: 'production', owner: 'payments-team', scope: ['charges:write'],
        storage: 'keychain', fingerprint: legacyValueFingerprint(stripe), created: at(400), rotated: at(95), rotationDays: 90, status: 'active',
      },
    ],
  };
}

describe('the Keys sidebar over LSP', () => {
  let root: string;
  let client: LspClient;
  let service: string;
  let folder: string;

  before(async () => {
    root = join(mkdtempSync(join(tmpdir(), 'kw-keys-')), `shop-${process.pid}`);
    mkdirSync(join(root, '.keywarden'), { recursive: true });
    mkdirSync(join(root, 'src'));
    execFileSync('git', ['init', '-q'], { cwd: root });
    writeFileSync(join(root, '.gitignore'), '.env\n');
    writeFileSync(join(root, '.keywarden/keys.json'), JSON.stringify(inventory(), null, 2) + '\n');
    writeFileSync(join(root, '.env'), 'MAILGUN_API_KEY=key-3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e\nPORT=3000\nSTRIPE_SECRET_KEY=keychain:STRIPE_SECRET_KEY\n');
    writeFileSync(join(root, 'src/pay.ts'), 'export const key = process.env.STRIPE_SECRET_KEY;\n');
    writeFileSync(join(root, 'src/pay.py'), 'import os\nKEY = os.environ["STRIPE_SECRET_KEY"]\n');
    service = identify(root);
    await setPassword(service, 'STRIPE_SECRET_KEY', stripe);
    client = await startLsp({ root });
    folder = client.uri('');
  });

  after(async () => {
    await client?.stop();
    for (const account of ['STRIPE_SECRET_KEY', 'STRIPE_SECRET_KEY@previous']) await deletePassword(service, account).catch(() => false);
    rmSync(join(root, '..'), { recursive: true, force: true });
  });

  it('answers keywarden/keys with the view model: groups, due words, icon, context value', async () => {
    const view = await client.connection.sendRequest(KeysRequest.type, { folder });
    assert.equal(view.hasInventory, true);
    assert.equal(view.overdueCount, 1);
    assert.deepEqual(view.groups.map((g) => g.id), ['state:overdue']);
    const item = only(at(view.groups, 0, 'the groups').items, 'key in the overdue group');
    assert.deepEqual([item.name, item.description, item.icon, item.contextValue], ['STRIPE_SECRET_KEY', 'overdue by 5 days', 'credit-card', 'key.overdue']);
    assert.ok(!JSON.stringify(view).includes(stripe), 'no value in the view');
  });

  it('hovers an env lookup with the inventory entry, never the value', async () => {
    const uri = client.open('src/pay.ts', 'typescript', readFileSync(join(root, 'src/pay.ts'), 'utf8'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 40 } });
    const text = (hover?.contents as MarkupContent).value;
    assert.match(text, /STRIPE\\_SECRET\\_KEY\*\* · stripe · overdue by 5 days/);
    assert.match(text, /\| Owner \| payments-team \|/);
    assert.ok(!text.includes(stripe.slice(8)));
    assert.deepEqual(hover?.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 48 } });
    const none = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 5 } });
    assert.equal(none, null);
  });

  it('hovers a lookup of a key in .env that the inventory lacks: untracked, with an Adopt link', async () => {
    const uri = client.open('src/mail.js', 'javascript', 'const key = process.env.MAILGUN_API_KEY;\nconst port = process.env.PORT;\n');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 30 } });
    const text = (hover?.contents as MarkupContent).value;
    assert.match(text, /^\*\*MAILGUN\\_API\\_KEY\*\* is untracked: it is in \.env \(line 1\) but not in the inventory, so it has no owner and no rotation date\./);
    const link = /\[Adopt into the inventory…\]\(command:([\w.]+)\?([^)]+)\)/.exec(text);
    assert.equal(link?.[1], adoptCommand);
    const [args] = JSON.parse(decodeURIComponent(link![2]!)) as AdoptCommandArgs[];
    assert.deepEqual([args!.folder, args!.key.name, args!.key.uri, args!.key.line], [folder, 'MAILGUN_API_KEY', client.uri('.env'), 0]);
    assert.ok(!text.includes('3f9a1c7e5b2d8f4a'), 'no value in the hover');
    // PORT is a setting, not a key: no hover.
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 27 } }), null);
  });

  it('finds the env lookups of a name in every language, and the untracked .env keys', async () => {
    const refs = await client.connection.sendRequest(KeyReferencesRequest.type, { folder, name: 'STRIPE_SECRET_KEY' });
    assert.deepEqual(refs.map((r) => [r.uri.slice(folder.length), r.range.start.line]).sort(), [['/src/pay.py', 1], ['/src/pay.ts', 0]]);
    const untracked = await client.connection.sendRequest(UntrackedKeysRequest.type, { folder });
    assert.deepEqual(untracked.map((k) => [k.name, k.line, k.provider]), [['MAILGUN_API_KEY', 0, 'mailgun']]);
  });

  it('rotates through keywarden/keyAction: keychain, inventory and audit change; errors come back as messages', async () => {
    const result = await client.connection.sendRequest(KeyActionRequest.type, { folder, name: 'STRIPE_SECRET_KEY', action: 'rotate', newValue: rotated, overlapDays: 7 });
    assert.equal(result.ok, true, result.message);
    assert.equal(await getPassword(service, 'STRIPE_SECRET_KEY'), rotated);
    assert.equal(await getPassword(service, 'STRIPE_SECRET_KEY@previous'), stripe);
    const again = await client.connection.sendRequest(KeyActionRequest.type, { folder, name: 'STRIPE_SECRET_KEY', action: 'rotate', newValue: stripe });
    assert.equal(again.ok, false);
    assert.match(again.message, /STRIPE_SECRET_KEY is rotating — finish the current rotation first: Keywarden: Finish Rotation on STRIPE_SECRET_KEY \(command palette, or the key's menu in the Keys view\)$/);
    const unknown = await client.connection.sendRequest(KeyActionRequest.type, { folder, name: 'NO_SUCH_KEY', action: 'suspend' });
    assert.match(unknown.message, /no key named NO_SUCH_KEY in \.keywarden\/keys\.json — see the names in the Keys view$/);
    // The editor names its own commands, never the CLI's.
    assert.doesNotMatch(again.message + unknown.message, /keywarden (rotate|keys)/);
    assert.ok(!client.logs.join('\n').includes(rotated.slice(8)) && !client.logs.join('\n').includes(stripe.slice(8)), 'no value in the log');
    const view = await client.connection.sendRequest(KeysRequest.type, { folder });
    assert.match(at(at(view.groups, 0, 'the groups').items, 0, 'the rotating group').description, /^rotating: finish by \d{1,2} [A-Z][a-z]{2} to revoke the old key$/);
  });

  it('uses the keywarden.keychain.service setting for the sidebar actions, not the default service', async () => {
    const custom = `kw-test-custom-${process.pid}`;
    const other = 'sk_live_51Ks9BvT4oXz1MeD6pYl8NrF3hU0iA5cG2wK7qR9mV4zE1xD6uC8nO3sY0fA7bL2kH9iT4gW1dZ6q';
    await setPassword(custom, 'STRIPE_SECRET_KEY', other);
    const second = await startLsp({ root, settings: () => ({ keychain: { service: custom } }) });
    try {
      const result = await second.connection.sendRequest(KeyActionRequest.type, { folder, name: 'STRIPE_SECRET_KEY', action: 'reveal' });
      assert.equal(result.ok, true, result.message);
      assert.equal(result.value, other, 'read from the configured service');
    } finally {
      await second.stop();
      await deletePassword(custom, 'STRIPE_SECRET_KEY').catch(() => false);
    }
  });

  it('tells the client when the inventory changes on disk, and shows a bad inventory as an error item with its line', async () => {
    const good = readFileSync(join(root, '.keywarden/keys.json'), 'utf8');
    writeFileSync(join(root, '.keywarden/keys.json'), good.replace('"rotationDays": 90', '"rotationDays": "ninety"'));
    const seen = client.notifications.length;
    client.fileChanged('.keywarden/keys.json');
    await client.waitFor(() => client.notifications.slice(seen).find((n) => n.method === KeysChangedNotification.method), 'keysChanged');
    const view = await client.connection.sendRequest(KeysRequest.type, { folder });
    assert.equal(view.groups.length, 0);
    assert.match(view.error?.message ?? '', /keys\[0\] \(STRIPE_SECRET_KEY\): field 'rotationDays'/);
    const line = at(good.split('\n'), view.error?.line ?? -1, 'the lines of keys.json');
    assert.ok(line.trim().startsWith('"rotationDays"'), `line ${view.error?.line}: ${line}`);
    writeFileSync(join(root, '.keywarden/keys.json'), good);
  });

  it('revoking during a rotation removes both values and says what the code now gets, and that the .env line dangles', async () => {
    const result = await client.connection.sendRequest(KeyActionRequest.type, { folder, name: 'STRIPE_SECRET_KEY', action: 'revoke', reason: 'leaked in CI logs' });
    assert.equal(result.ok, true, result.message);
    assert.equal(result.message, 'STRIPE_SECRET_KEY revoked: its current and previous values were removed from the OS keychain, so code that reads STRIPE_SECRET_KEY now gets nothing. '
      + '.env still has a STRIPE_SECRET_KEY line: remove it, or add a new key under that name. Revoke it at the provider too.');
    assert.deepEqual([await getPassword(service, 'STRIPE_SECRET_KEY'), await getPassword(service, 'STRIPE_SECRET_KEY@previous')], [null, null]);
  });
});
