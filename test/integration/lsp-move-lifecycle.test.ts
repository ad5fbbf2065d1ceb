// A move is a lifecycle event, over stdio with a plain LSP client and the real (throwaway) keychain and git:
// a committed secret, an uncommitted one and one in a .env each moved, then the inventory (exposed vs ok with
// a due date), the audit log, .gitignore and `keys list --json` checked; Rotate… from the message, and a
// rotation clears the exposure.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { identify } from '../support/project';
import { after, before, describe, it } from 'node:test';
import keytar from 'keytar';
import { MessageType, type CodeAction } from 'vscode-languageserver-protocol';
import { KeyActionRequest, KeysRequest, RotateKeyNotification, ScanHistoryRequest, type CommandResult } from '../../server/shared/protocol';
import { toastParts } from '../../server/shared/toast';
import { readAudit, verifyAudit } from '../../server/vault/audit';
import type { Inventory, KeyRecord } from '../../server/vault/inventory';
import { at, defined } from '../support/defined';
import { startLsp, type LspClient } from '../support/lsp-client';

import { runCli } from '../support/cli';
const COMMITTED = 'sk_live_aZTL52yn6zVOIuhiKuCQCLlP4f2a';
const FRESH = 'sk_live_Qm3vT8xWz2LpR6nK9dF4hJ7c';
const IN_ENV = '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';
const ROTATED = 'sk_live_51Jr8AuS3nWy0LdC5oXk7MqE2gT9hZ4bF1vJ6pQ8lU3yD0wC5tB7mN2rX9eZ6aK1jG8hS3fV0cY5pT';
const DAY = 86_400_000;

const git = (root: string, ...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

describe('a move enters the lifecycle', () => {
  let root: string;
  let client: LspClient;
  let service: string;
  let committedHash: string;
  let commitDate: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'kw-loop-'));
    service = identify(root);
    git(root, 'init', '-q');
    git(root, 'config', 'user.name', 'Ada Lovelace');
    git(root, 'config', 'user.email', 'ada@example.com');
    writeFileSync(join(root, 'pay.ts'), `const stripeSecretKey = "${COMMITTED}";\nexport default stripeSecretKey;\n`);
    git(root, 'add', 'pay.ts');
    // A commit dated in the past: the key's age is the commit's, not the move's.
    const env = { ...process.env, GIT_AUTHOR_DATE: '2026-01-05T10:00:00Z', GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' };
    execFileSync('git', ['commit', '-q', '-m', 'payments'], { cwd: root, env });
    committedHash = git(root, 'rev-parse', 'HEAD');
    commitDate = new Date('2026-01-05T10:00:00Z').toISOString();
    writeFileSync(join(root, '.gitignore'), '.env\n');
    writeFileSync(join(root, '.env'), `PORT=3000\nGITHUB_TOKEN=${IN_ENV}\n`);
    client = await startLsp({
      root,
      initializationOptions: { supportsRotateKey: true },
      pickAction: (p) => p.actions?.find((a) => a.title === 'Rotate…') ?? null,
    });
  });

  after(async () => {
    await client.stop();
    const said = JSON.stringify([client.logs, client.messages, client.messageRequests, client.edits, client.notifications, client.stderr]);
    for (const secret of [COMMITTED, FRESH, IN_ENV, ROTATED]) assert.ok(!said.includes(secret.slice(8)), 'a secret leaked into the protocol');
    for (const c of await keytar.findCredentials(service).catch(() => [])) await keytar.deletePassword(service, c.account);
    rmSync(root, { recursive: true, force: true });
  });

  async function move(uri: string, title: RegExp): Promise<CommandResult> {
    const diagnostics = await client.current(uri);
    assert.ok(diagnostics.length > 0, 'expected a diagnostic');
    const actions = (await client.codeActions(uri, diagnostics.slice(0, 1))) as CodeAction[];
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action?.command, `no action matching ${title}: ${actions.map((a) => a.title).join(' | ')}`);
    return (await client.execute(action.command.command, action.command.arguments!)) as CommandResult;
  }

  const inventory = (): Inventory => JSON.parse(readFileSync(join(root, '.keywarden/keys.json'), 'utf8')) as Inventory;
  const key = (name: string): KeyRecord => inventory().keys.find((k) => k.name === name)!;

  it('a committed secret moved to the keychain is recorded as exposed, dated from its commit, and the message offers Rotate…', async () => {
    const uri = client.open('pay.ts', 'typescript', readFileSync(join(root, 'pay.ts'), 'utf8'));
    const result = await move(uri, /OS keychain$/);
    assert.deepEqual(result, { ok: true, names: ['STRIPE_SECRET_KEY'], exposed: ['STRIPE_SECRET_KEY'] });
    assert.equal(await keytar.getPassword(service, 'STRIPE_SECRET_KEY'), COMMITTED);
    const k = key('STRIPE_SECRET_KEY');
    assert.deepEqual(k.exposed, { firstCommit: committedHash, firstSeen: commitDate, commits: 1, files: ['pay.ts'] });
    assert.equal(k.created, commitDate, 'created = the first commit holding the value');
    assert.equal(k.rotated, commitDate, 'never rotated since it was committed');
    assert.deepEqual([k.provider, k.environment, k.owner, k.storage, k.status], ['Stripe', 'production', 'Ada Lovelace <ada@example.com>', 'keychain', 'active']);
    assert.deepEqual(k.origin, { file: 'pay.ts', line: 1 });
    // Every move git-ignores .env, the keychain one too (it holds the reference).
    assert.equal(git(root, 'check-ignore', '.env'), '.env');

    const request = await client.waitFor(() => client.messageRequests.find((m) => /committed to git/.test(m.message)), 'the exposure message');
    assert.equal(request.type, MessageType.Warning);
    assert.match(request.message, new RegExp(`STRIPE_SECRET_KEY was committed to git \\(${committedHash.slice(0, 7)}, 5 Jan, 1 commit\\): anyone with a copy of the repository has it, so rotate it now\\.`));
    assert.ok(!request.message.includes('`'), 'no literal backticks');
    // One line for the toast, the rest behind Details; the whole message logged once, at warning level.
    assert.deepEqual(toastParts(request.message).line, 'Keywarden: STRIPE_SECRET_KEY was committed to git: rotate it now.');
    assert.match(toastParts(request.message).details, /moved STRIPE_SECRET_KEY to the OS keychain\. Stored under the service keywarden:/);
    assert.deepEqual(client.logLevels.filter((l) => l.message.includes('was committed to git')), [{ type: MessageType.Warning, message: request.message }]);
    assert.deepEqual(request.actions?.map((a) => a.title)[0], 'Rotate…');
    const rotate = await client.waitFor(() => client.notifications.find((n) => n.method === RotateKeyNotification.method), 'Rotate… sent to the client');
    assert.deepEqual(rotate.params, { folder: client.uri(''), name: 'STRIPE_SECRET_KEY' });
  });

  it('an uncommitted secret moved to .env is ok, due in 90 days, owned by the git user', async () => {
    const uri = client.open('billing.py', 'python', `stripe_backup_key = "${FRESH}"\n`);
    const started = Date.now();
    assert.deepEqual(await move(uri, /to \.env$/), { ok: true, names: ['STRIPE_BACKUP_KEY'], exposed: [] });
    const k = key('STRIPE_BACKUP_KEY');
    assert.equal(k.exposed, undefined);
    assert.ok(Date.parse(k.rotated) >= started - 1000 && Date.parse(k.rotated) <= Date.now(), 'rotated = now');
    assert.deepEqual([k.storage, k.rotationDays, k.owner, k.origin?.file, k.origin?.line], ['dotenv', 90, 'Ada Lovelace <ada@example.com>', 'billing.py', 1]);
    const info = await client.waitFor(() => client.messages.find((m) => m.type === MessageType.Info && m.message.includes('STRIPE_BACKUP_KEY')), 'the done message');
    assert.ok(!/committed/.test(info.message));
  });

  it('a secret in a git-ignored .env moved to the keychain is recorded too', async () => {
    const before = readFileSync(join(root, '.env'), 'utf8');
    const uri = client.open('.env', 'dotenv', before);
    // A GitHub token does not say live or test: recorded as development, and the result says so, for a client to ask.
    assert.deepEqual(await move(uri, /OS keychain$/), { ok: true, names: ['GITHUB_TOKEN'], exposed: [], environmentDefaulted: ['GITHUB_TOKEN'] });
    assert.equal(client.text(uri), before.replace(`GITHUB_TOKEN=${IN_ENV}`, 'GITHUB_TOKEN=keychain:GITHUB_TOKEN'));
    assert.equal(await keytar.getPassword(service, 'GITHUB_TOKEN'), IN_ENV);
    const k = key('GITHUB_TOKEN');
    assert.deepEqual([k.storage, k.exposed, k.origin, k.provider, k.rotationDays, k.environment], ['keychain', undefined, { file: '.env', line: 2 }, 'GitHub', 30, 'development']);
  });

  it('the states agree everywhere: keys list --json, the Keys view, the audit log', async () => {
    const list = runCli(root, ['keys', 'list', '--json']);
    assert.equal(list.code, 0, list.stderr);
    const rows = JSON.parse(list.stdout) as Array<{ name: string; state: string; dueDate: string }>;
    const row = (name: string) => defined(rows.find((r) => r.name === name), `the row of ${name}`);
    assert.equal(at(rows, 0, 'the keys').name, 'STRIPE_SECRET_KEY', 'exposed first');
    assert.equal(row('STRIPE_SECRET_KEY').state, 'exposed');
    // The project's 90 days, or the provider's own shorter period (GitHub proposes 30 for a token).
    for (const [name, period] of [['STRIPE_BACKUP_KEY', 90], ['GITHUB_TOKEN', 30]] as const) {
      const { state, dueDate } = row(name);
      assert.equal(state, 'ok');
      const days = (Date.parse(dueDate) - Date.now()) / DAY;
      assert.ok(days > period - 1 && days <= period, `${name} due in ${days} days`);
    }
    const view = await client.connection.sendRequest(KeysRequest.type, { folder: client.uri('') });
    assert.deepEqual(view.groups.map((g) => [g.label, g.items.map((i) => i.name)]), [
      ['Exposed: rotate now', ['STRIPE_SECRET_KEY']],
      ['OK', ['GITHUB_TOKEN', 'STRIPE_BACKUP_KEY']],
    ]);
    assert.deepEqual([view.exposedCount, view.overdueCount], [1, 0], 'the status bar counts the exposed key as exposed');

    const audit = await readAudit(root);
    assert.deepEqual(audit.map((e) => [e.action, e.names, e.details.storage, e.details.exposed]), [
      ['move', ['STRIPE_SECRET_KEY'], 'keychain', 1],
      ['move', ['STRIPE_BACKUP_KEY'], 'dotenv', 0],
      ['move', ['GITHUB_TOKEN'], 'keychain', 0],
    ]);
    assert.equal((await verifyAudit(root)).ok, true);
    // The environment recorded by default is edited later: what the extension sends once the user picks one.
    const edited = await client.connection.sendRequest(KeyActionRequest.type, { folder: client.uri(''), name: 'GITHUB_TOKEN', action: 'updateMetadata', metadata: { environment: 'staging' } });
    assert.equal(edited.ok, true, edited.message);
    assert.equal(key('GITHUB_TOKEN').environment, 'staging');
  });

  it('Scan Git History finds the committed secret at its commit, once, with progress', async () => {
    const result = await client.connection.sendRequest(ScanHistoryRequest.type, { workDoneToken: 'history-1' });
    assert.deepEqual(result.problems, []);
    assert.equal(result.commits, 1);
    assert.deepEqual(result.findings.map((f) => [f.file, f.line, f.ruleId, f.commit, f.author, f.date.slice(0, 10), f.commits]),
      [['pay.ts', 1, 'stripe-secret-key', committedHash, 'Ada Lovelace', '2026-01-05', 1]]);
    assert.ok(!JSON.stringify(result).includes(COMMITTED.slice(8)));
  });

  it('a rotation clears the exposure: the key is ok with a due date from today', async () => {
    const folder = client.uri('');
    const result = await client.connection.sendRequest(KeyActionRequest.type, { folder, name: 'STRIPE_SECRET_KEY', action: 'rotate', newValue: ROTATED, overlapDays: 0 });
    assert.equal(result.ok, true, result.message);
    const finish = await client.connection.sendRequest(KeyActionRequest.type, { folder, name: 'STRIPE_SECRET_KEY', action: 'finish' });
    assert.equal(finish.ok, true, finish.message);
    assert.equal(key('STRIPE_SECRET_KEY').exposed, undefined);
    const view = await client.connection.sendRequest(KeysRequest.type, { folder });
    const item = view.groups.flatMap((g) => g.items).find((i) => i.name === 'STRIPE_SECRET_KEY')!;
    assert.equal(item.state, 'ok');
    assert.equal(item.description, 'due in 90 days');
  });
});
