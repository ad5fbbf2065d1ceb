// Quick fixes end to end over stdio: the code actions offered, and executing them against the real .env,
// git and the real OS keychain (a throwaway gnome-keyring: `npm test` runs inside test/with-keyring.sh).
import { identify } from '../support/project';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import keytar from 'keytar';
import { DiagnosticSeverity, MessageType, type CodeAction, type Command, type TextEdit } from 'vscode-languageserver-protocol';
import { Commands, type MoveSecretArgs } from '../../server/shared/protocol';
import { parseDotenv } from '../../server/vault/dotenv';
import { DOTENV_HINT } from '../../server/shared/dotenv-hint';
import { at, only } from '../support/defined';
import { startLsp, type LspClient, type LspClientOptions } from '../support/lsp-client';

const STRIPE_LIVE = 'sk_live_aZTL52yn6zVOIuhiKuCQCLlP4f2a';
const STRIPE_LIVE_2 = 'sk_live_Qm3vT8xWz2LpR6nK9dF4hJ7c';

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function setup(files: Record<string, string> = {}, options: Partial<LspClientOptions> = {}): Promise<{ root: string; client: LspClient; service: string }> {
  const root = mkdtempSync(join(tmpdir(), 'kw-move-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(root, rel), text);
  const client = await startLsp({ root, initializationOptions: { verbose: true }, ...options });
  const service = identify(root);
  cleanups.push(async () => {
    await client.stop();
    // Whatever happened, no secret reached a log line, a message, an edit or a notification.
    const said = JSON.stringify([client.logs, client.messages, client.messageRequests, client.edits, client.notifications, client.stderr]);
    for (const secret of [STRIPE_LIVE, STRIPE_LIVE_2]) assert.ok(!said.includes(secret.slice(8)), 'a secret leaked into the protocol');
    for (const c of await keytar.findCredentials(service).catch(() => [])) await keytar.deletePassword(service, c.account);
    rmSync(root, { recursive: true, force: true });
  });
  return { root, client, service };
}

async function actionsFor(client: LspClient, uri: string): Promise<CodeAction[]> {
  const diagnostics = await client.current(uri);
  assert.ok(diagnostics.length > 0, 'expected a diagnostic');
  return client.codeActions(uri, diagnostics.slice(0, 1));
}

function commandOf(actions: CodeAction[], title: RegExp): Command {
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action?.command, `no action matching ${title}: ${actions.map((a) => a.title).join(' | ')}`);
  return action.command;
}

/** The one edit of the "Ignore this finding" action on the file's first diagnostic. */
async function ignoreEdit(client: LspClient, uri: string): Promise<TextEdit> {
  const actions = await actionsFor(client, uri);
  const ignore = actions.find((a) => a.title.startsWith('Ignore'));
  assert.ok(ignore, `no Ignore action: ${actions.map((a) => a.title).join(' | ')}`);
  return only(ignore.edit?.changes?.[uri] ?? [], `edit of ${uri} by the Ignore action`);
}

const source = `import Stripe from "stripe";\nconst stripeSecretKey = "${STRIPE_LIVE}";\nexport const stripe = new Stripe(stripeSecretKey);\n`;

describe('quick fixes', () => {
  it('offers keychain (preferred), .env, ignore and baseline on each diagnostic, and move-all for several', async () => {
    const { client } = await setup();
    const uri = client.open('pay.js', 'javascript', source + `const backup = "${STRIPE_LIVE_2}";\n`);
    const actions = await actionsFor(client, uri);
    assert.deepEqual(actions.map((a) => a.title), [
      'Move STRIPE_SECRET_KEY to the OS keychain',
      'Move STRIPE_SECRET_KEY to .env',
      'Ignore this finding (keywarden:ignore comment)',
      'Add this finding to the baseline',
      'Move all 2 secrets in this file to the OS keychain',
      'Move all 2 secrets in this file to .env',
    ]);
    const preferred = at(actions, 0, 'the actions');
    assert.equal(preferred.isPreferred, true);
    assert.ok(actions.every((a) => a.kind === 'quickfix'));
    const args = at(preferred.command?.arguments ?? [], 0, 'the arguments of the keychain move') as MoveSecretArgs;
    assert.equal(args.uri, uri);
    assert.equal(args.version, client.version(uri));
    assert.equal(args.suggestedName, 'STRIPE_SECRET_KEY');
    assert.equal(preferred.command?.command, Commands.moveToKeychain);
    assert.ok(!JSON.stringify(actions).includes(STRIPE_LIVE.slice(8)), 'no secret in code actions');
  });

  it('moves to .env: a new 0600 file, value reads back exactly, .gitignore updated, literal replaced', async () => {
    const { root, client } = await setup({ '.gitignore': 'node_modules/' });
    const uri = client.open('pay.js', 'javascript', source);
    const cmd = commandOf(await actionsFor(client, uri), /to \.env$/);
    assert.deepEqual(await client.execute(cmd.command, cmd.arguments!), { ok: true, names: ['STRIPE_SECRET_KEY'], exposed: [] });
    const expected = source.replace(`"${STRIPE_LIVE}"`, 'process.env.STRIPE_SECRET_KEY');
    assert.equal(client.text(uri), expected);
    assert.equal(readFileSync(join(root, 'pay.js'), 'utf8'), expected);
    const env = readFileSync(join(root, '.env'), 'utf8');
    assert.deepEqual(parseDotenv(env), { STRIPE_SECRET_KEY: STRIPE_LIVE });
    assert.equal(statSync(join(root, '.env')).mode & 0o777, 0o600);
    assert.equal(readFileSync(join(root, '.gitignore'), 'utf8'), 'node_modules/\n.env\n');
    assert.equal(execFileSync('git', ['check-ignore', '.env'], { cwd: root, encoding: 'utf8' }).trim(), '.env');
    assert.deepEqual(await client.current(uri), [], 'the diagnostic goes away');
    // Where the move put it, the value is a hint with the one sentence, not a warning.
    const [hint, ...more] = await client.current(client.open('.env', 'dotenv', env));
    assert.deepEqual([hint?.severity, more.length], [DiagnosticSeverity.Hint, 0]);
    assert.match(hint!.message, new RegExp(`in a git-ignored \\.env — ${DOTENV_HINT}$`));
  });

  it('moves to the OS keychain: stored and verified, .env holds only a reference', async () => {
    const { root, client, service } = await setup();
    const uri = client.open('pay.js', 'javascript', source);
    const cmd = commandOf(await actionsFor(client, uri), /OS keychain$/);
    const started = Date.now();
    assert.deepEqual(await client.execute(cmd.command, cmd.arguments!), { ok: true, names: ['STRIPE_SECRET_KEY'], exposed: [] });
    assert.ok(Date.now() - started < 5000);
    assert.equal(await keytar.getPassword(service, 'STRIPE_SECRET_KEY'), STRIPE_LIVE);
    assert.equal(client.text(uri), source.replace(`"${STRIPE_LIVE}"`, 'process.env.STRIPE_SECRET_KEY'));
    const env = readFileSync(join(root, '.env'), 'utf8');
    assert.equal(env, 'STRIPE_SECRET_KEY=keychain:STRIPE_SECRET_KEY\n');
    assert.ok(!env.includes(STRIPE_LIVE));
  });

  it('in a git-ignored .env, moves the value to the keychain and leaves a reference in the document', async () => {
    const { root, client, service } = await setup({ '.gitignore': '.env\n', '.env': `PORT=3000\nSTRIPE_SECRET_KEY=${STRIPE_LIVE}\n` });
    const uri = client.open('.env', 'dotenv', readFileSync(join(root, '.env'), 'utf8'));
    const actions = await actionsFor(client, uri);
    assert.deepEqual(actions.map((a) => a.title), ['Move STRIPE_SECRET_KEY to the OS keychain']);
    const cmd = commandOf(actions, /OS keychain$/);
    assert.deepEqual(await client.execute(cmd.command, cmd.arguments!), { ok: true, names: ['STRIPE_SECRET_KEY'], exposed: [] });
    assert.equal(await keytar.getPassword(service, 'STRIPE_SECRET_KEY'), STRIPE_LIVE);
    assert.equal(client.text(uri), 'PORT=3000\nSTRIPE_SECRET_KEY=keychain:STRIPE_SECRET_KEY\n');
    assert.deepEqual(await client.current(uri), []);
  });

  it('uses the name the client chose, and never overwrites a name in use; other lines kept', async () => {
    const { root, client } = await setup({ '.env': '# local settings\nPAYMENTS_KEY=something-else\n' });
    const uri = client.open('pay.py', 'python', `"""Payments."""\nfrom __future__ import annotations\n\nimport stripe\n\nstripe.api_key = "${STRIPE_LIVE}"\n`);
    const cmd = commandOf(await actionsFor(client, uri), /to \.env$/);
    const args = { ...(cmd.arguments![0] as MoveSecretArgs), chosenName: 'PAYMENTS_KEY' };
    assert.deepEqual(await client.execute(cmd.command, [args]), { ok: true, names: ['PAYMENTS_KEY_2'], exposed: [] });
    assert.equal(client.text(uri), `"""Payments."""\nfrom __future__ import annotations\nimport os\n\nimport stripe\n\nstripe.api_key = os.environ["PAYMENTS_KEY_2"]\n`);
    const env = readFileSync(join(root, '.env'), 'utf8');
    assert.ok(env.startsWith('# local settings\nPAYMENTS_KEY=something-else\n'), 'existing lines kept');
    assert.deepEqual(parseDotenv(env), { PAYMENTS_KEY: 'something-else', PAYMENTS_KEY_2: STRIPE_LIVE });
    const info = await client.waitFor(() => client.messages.find((m) => m.type === MessageType.Info), 'the success message');
    assert.equal(info.message, 'Keywarden: moved PAYMENTS_KEY_2 to .env (git-ignored, readable only by you).\nPAYMENTS_KEY was already in use, so it is stored as PAYMENTS_KEY_2.');
  });

  it('moves all secrets of a file in one edit', async () => {
    const { root, client } = await setup();
    const uri = client.open('main.go', 'go', `package main\n\nimport (\n\t"fmt"\n)\n\nvar primary = "${STRIPE_LIVE}"\nvar backup = "${STRIPE_LIVE_2}"\n\nfunc main() { fmt.Println(primary, backup) }\n`);
    const cmd = commandOf(await actionsFor(client, uri), /^Move all 2 .* \.env$/);
    assert.deepEqual(await client.execute(cmd.command, cmd.arguments!), { ok: true, names: ['PRIMARY', 'BACKUP'], exposed: [] });
    assert.equal(client.edits.length, 1, 'one WorkspaceEdit: one undo step');
    assert.equal(client.text(uri), `package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nvar primary = os.Getenv("PRIMARY")\nvar backup = os.Getenv("BACKUP")\n\nfunc main() { fmt.Println(primary, backup) }\n`);
    assert.deepEqual(parseDotenv(readFileSync(join(root, '.env'), 'utf8')), { PRIMARY: STRIPE_LIVE, BACKUP: STRIPE_LIVE_2 });
  });

  it('moves all secrets of a file to the keychain, one reference line each', async () => {
    const { root, client, service } = await setup();
    const uri = client.open('billing.rb', 'ruby', `PRIMARY_KEY = "${STRIPE_LIVE}"\nBACKUP_KEY = "${STRIPE_LIVE_2}"\n`);
    const cmd = commandOf(await actionsFor(client, uri), /^Move all 2 .* OS keychain$/);
    assert.deepEqual(await client.execute(cmd.command, cmd.arguments!), { ok: true, names: ['PRIMARY_KEY', 'BACKUP_KEY'], exposed: [] });
    assert.equal(client.text(uri), 'PRIMARY_KEY = ENV.fetch("PRIMARY_KEY")\nBACKUP_KEY = ENV.fetch("BACKUP_KEY")\n');
    assert.equal(await keytar.getPassword(service, 'PRIMARY_KEY'), STRIPE_LIVE);
    assert.equal(await keytar.getPassword(service, 'BACKUP_KEY'), STRIPE_LIVE_2);
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), 'PRIMARY_KEY=keychain:PRIMARY_KEY\nBACKUP_KEY=keychain:BACKUP_KEY\n');
  });

  it('without a keychain: a clear message at once (not after the keychain timeout) offering .env, nothing changed; picking it moves to .env', async () => {
    let pick = false;
    // At once means without waiting for the keychain timeout: a long one tells the two apart on any machine.
    const timeoutMs = 30_000;
    const { root, client } = await setup({ '.env': 'PORT=3000\n' }, {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/kw-bus' },
      settings: () => ({ keychain: { timeoutMs } }),
      pickAction: (p) => (pick ? p.actions?.find((a) => a.title === 'Move to .env instead') ?? null : null),
    });
    const uri = client.open('pay.js', 'javascript', source);
    const cmd = commandOf(await actionsFor(client, uri), /OS keychain$/);
    const started = Date.now();
    const result = (await client.execute(cmd.command, cmd.arguments!)) as { ok: boolean; message: string };
    const request = await client.waitFor(() => client.messageRequests[0], 'the keychain error message');
    assert.ok(Date.now() - started < timeoutMs, `waited ${Date.now() - started} ms, for the keychain timeout`);
    assert.equal(result.ok, false);
    assert.equal(request.type, MessageType.Error);
    assert.match(request.message, /no keychain service is reachable/);
    assert.deepEqual(request.actions, [{ title: 'Move to .env instead' }]);
    assert.equal(client.text(uri), source);
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), 'PORT=3000\n');
    assert.equal(client.edits.length, 0);

    pick = true;
    await client.execute(cmd.command, cmd.arguments!);
    await client.waitFor(() => (client.text(uri).includes('process.env.STRIPE_SECRET_KEY') ? true : undefined), 'the .env move after picking it');
    assert.deepEqual(parseDotenv(readFileSync(join(root, '.env'), 'utf8')), { PORT: '3000', STRIPE_SECRET_KEY: STRIPE_LIVE });
  });

  it('with a hung keychain: gives up after keychain.timeoutMs, says so, offers .env, nothing changed', async () => {
    // A session bus that accepts connections and never answers, like a wedged keyring daemon.
    const dir = mkdtempSync(join(tmpdir(), 'kw-hung-'));
    const bus = createServer(() => undefined).listen(join(dir, 'bus'));
    await once(bus, 'listening');
    cleanups.push(() => { bus.close(); rmSync(dir, { recursive: true, force: true }); });
    const { root, client, service } = await setup({}, {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(dir, 'bus')}` },
      settings: () => ({ keychain: { timeoutMs: 800 } }),
    });
    const uri = client.open('pay.js', 'javascript', source);
    const cmd = commandOf(await actionsFor(client, uri), /OS keychain$/);
    const started = Date.now();
    await client.execute(cmd.command, cmd.arguments!);
    const request = await client.waitFor(() => client.messageRequests[0], 'the keychain error message');
    const took = Date.now() - started;
    // The configured timeout fired (not the 3 s default, not never): the message says 0.8 s, after waiting it.
    assert.match(request.message, /did not answer within 0\.8 s/);
    assert.ok(took >= 800, `gave up after ${took} ms, before the 0.8 s timeout`);
    assert.deepEqual(request.actions, [{ title: 'Move to .env instead' }]);
    assert.equal(client.text(uri), source);
    assert.ok(!existsSync(join(root, '.env')));
    bus.close();
    assert.equal(await keytar.getPassword(service, 'STRIPE_SECRET_KEY'), null);
  });

  it('rolls back when the editor rejects the edit: keychain entry removed, .env bytes restored', async () => {
    const original = '# keep me exactly\r\nPORT=3000\n';
    const { root, client, service } = await setup({ '.env': original }, { applyEdit: () => false });
    const uri = client.open('pay.js', 'javascript', source);
    const cmd = commandOf(await actionsFor(client, uri), /OS keychain$/);
    const result = (await client.execute(cmd.command, cmd.arguments!)) as { ok: boolean; message: string };
    assert.equal(result.ok, false);
    assert.match(result.message, /did not apply the change/);
    assert.equal(await keytar.getPassword(service, 'STRIPE_SECRET_KEY'), null);
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), original);
    assert.equal(client.text(uri), source);
    const shown = await client.waitFor(() => client.messages.find((m) => m.type === MessageType.Error), 'one error message');
    assert.equal(shown.message, result.message);
  });

  it('keeps a keychain entry that existed before when rolling back', async () => {
    const { client, service } = await setup({}, { applyEdit: () => false });
    await keytar.setPassword(service, 'STRIPE_SECRET_KEY', STRIPE_LIVE);
    const uri = client.open('pay.js', 'javascript', source);
    const cmd = commandOf(await actionsFor(client, uri), /OS keychain$/);
    assert.equal(((await client.execute(cmd.command, cmd.arguments!)) as { ok: boolean }).ok, false);
    assert.equal(await keytar.getPassword(service, 'STRIPE_SECRET_KEY'), STRIPE_LIVE);
  });

  it('refuses to write a secret into a .env that git tracks', async () => {
    const { root, client } = await setup({ '.env': 'PORT=3000\n' });
    execFileSync('git', ['add', '.env'], { cwd: root });
    const uri = client.open('pay.js', 'javascript', source);
    const cmd = commandOf(await actionsFor(client, uri), /to \.env$/);
    const result = (await client.execute(cmd.command, cmd.arguments!)) as { ok: boolean; message: string };
    assert.equal(result.ok, false);
    assert.match(result.message, /\.env is tracked by git/);
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), 'PORT=3000\n');
    assert.equal(client.text(uri), source);
    assert.ok(!existsSync(join(root, '.gitignore')));
  });

  it('refuses to write under a .env buffer with unsaved changes', async () => {
    const { root, client } = await setup({ '.env': 'PORT=3000\n' });
    client.open('.env', 'dotenv', 'PORT=3000\nDEBUG=1\n');
    const uri = client.open('pay.js', 'javascript', source);
    const cmd = commandOf(await actionsFor(client, uri), /to \.env$/);
    const result = (await client.execute(cmd.command, cmd.arguments!)) as { ok: boolean; message: string };
    assert.equal(result.ok, false);
    assert.match(result.message, /\.env has unsaved changes in the editor — save or revert it/);
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), 'PORT=3000\n');
    assert.equal(client.text(uri), source);
  });

  it('refuses when the document changed since the fix was offered', async () => {
    const { root, client } = await setup();
    const uri = client.open('pay.js', 'javascript', source);
    const cmd = commandOf(await actionsFor(client, uri), /to \.env$/);
    client.change(uri, source + '// edited\n');
    const result = (await client.execute(cmd.command, cmd.arguments!)) as { ok: boolean; message: string };
    assert.equal(result.ok, false);
    assert.match(result.message, /the document changed/);
    assert.ok(!existsSync(join(root, '.env')));
  });

  it('ignore adds a keywarden:ignore comment; baseline writes .keywarden/baseline.json; both clear the diagnostic', async () => {
    const { root, client } = await setup();
    const uri = client.open('pay.js', 'javascript', source);
    assert.equal((await ignoreEdit(client, uri)).newText, ' // keywarden:ignore');
    const py = client.open('conf.py', 'python', `KEY = "${STRIPE_LIVE}"\n`);
    assert.equal((await ignoreEdit(client, py)).newText, ' # keywarden:ignore');
    const tsx = client.open('Pay.tsx', 'typescriptreact', `export const Pay = () => <Checkout stripeKey="${STRIPE_LIVE}" />;\n`);
    assert.equal((await ignoreEdit(client, tsx)).newText, ' /* keywarden:ignore */');
    const env = client.open('deploy/app.env', 'dotenv', `STRIPE_KEY=${STRIPE_LIVE}\n`);
    assert.deepEqual((await client.current(env)).length, 1);
    const dockerfile = client.open('Dockerfile', 'dockerfile', `FROM node:20\n  ENV STRIPE_KEY=${STRIPE_LIVE}\n`);
    assert.deepEqual(await ignoreEdit(client, dockerfile), { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '  # keywarden:ignore-next-line\n' });

    const baseline = commandOf(await actionsFor(client, uri), /baseline/);
    assert.deepEqual(await client.execute(baseline.command, baseline.arguments!), { ok: true });
    const written = JSON.parse(readFileSync(join(root, '.keywarden', 'baseline.json'), 'utf8'));
    assert.equal(written.fingerprints.length, 1);
    assert.equal(written.fingerprints[0].file, 'pay.js');
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  });

  it('JSON has no lookup: the moves are shown disabled with the reason', async () => {
    const { client } = await setup();
    const uri = client.open('config.json', 'json', `{\n  "stripeSecretKey": "${STRIPE_LIVE}"\n}\n`);
    const actions = await actionsFor(client, uri);
    const moves = actions.filter((a) => a.title.startsWith('Move'));
    assert.equal(moves.length, 2);
    for (const m of moves) assert.match(m.disabled?.reason ?? '', /JSON has no way to read an environment variable/);
    assert.ok(!actions.some((a) => a.title.startsWith('Ignore')), 'JSON has no comments');
  });

  it('YAML: writes the loader\'s reference, says when the loader must expand it, refuses a Kubernetes manifest', async () => {
    const { root, client } = await setup({ '.gitignore': '' });
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    const workflow = client.open('.github/workflows/pay.yml', 'yaml', `jobs:\n  pay:\n    env:\n      STRIPE_KEY: ${STRIPE_LIVE}\n`);
    const wf = commandOf(await actionsFor(client, workflow), /^Move STRIPE_KEY to \.env — the workflow reads \$\{\{ secrets\.STRIPE_KEY \}\}: add STRIPE_KEY as a repository secret/);
    assert.equal((await client.execute(wf.command, wf.arguments!) as { ok: boolean }).ok, true);
    assert.match(client.text(workflow), /STRIPE_KEY: \$\{\{ secrets\.STRIPE_KEY \}\}\n/);
    assert.match(client.messages.at(-1)!.message, /Note: the workflow reads \$\{\{ secrets\.STRIPE_KEY \}\}: add STRIPE_KEY as a repository secret/);

    const mail = client.open('mail.yaml', 'yaml', `smtp:\n  token: ${STRIPE_LIVE_2}\n`);
    const titles = (await actionsFor(client, mail)).map((a) => a.title);
    assert.ok(titles.some((t) => /^Move (\w+) to the OS keychain — writes \$\{\1\}, which works only if the program loading this file expands it \(for example envsubst\)$/.test(t)), titles.join(' | '));

    const pod = client.open('pod.yaml', 'yaml', `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: api\n      env:\n        - name: STRIPE_KEY\n          value: ${STRIPE_LIVE_2}\n`);
    const moves = (await actionsFor(client, pod)).filter((a) => a.title.startsWith('Move'));
    assert.equal(moves.length, 2);
    for (const m of moves) assert.match(m.disabled?.reason ?? '', /Kubernetes does not expand environment variables in a manifest: put the value in a Secret.*secretKeyRef/);
    assert.ok(existsSync(join(root, '.env')));
  });
});
