// End to end in a real VS Code (code-server in headless Chromium): the packaged .vsix is installed, the demo
// project (test/fixtures/demo) opened, and a user's path is followed: the squiggle, its hover, the Problems
// entry, the quick-fix menu, then "Move … to .env" and "Move … to the OS keychain", checked in the editor, on
// disk and in the real keychain (the private gnome-keyring test/with-keyring.sh runs both this process and
// code-server in). Screenshots of every step go to test-results/e2e/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { deletePassword, getPassword } from 'keytar';
import { keychainService } from '../../server/vault/keychain';
import { Workbench, expectEventually } from './support/browser';
import { startCodeServer, type CodeServer } from './support/code-server';
import { packageVsix } from './support/vsix';
import { publishScreenshots } from './support/screenshots';
import { createWorkspace, type Workspace } from './support/workspace';

// Stand-ins for the demo's two files, used only when the demo is absent: look-real fakes (a Stripe live key
// of the real length and alphabet, a GitHub token whose last 6 characters are its CRC32).
const fallback = {
  'src/payments.ts': [
    '// Charges cards through the Stripe API.',
    'const stripeSecretKey = "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";',
    '',
    'export async function charge(cents: number): Promise<Response> {',
    "  const body = new URLSearchParams({ amount: String(cents), currency: 'eur' });",
    "  return fetch('https://api.stripe.com/v1/payment_intents', { method: 'POST', headers: { authorization: `Bearer ${stripeSecretKey}` }, body });",
    '}',
    '',
  ].join('\n'),
  'src/release.ts': [
    "const GITHUB_TOKEN = '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';",
    '',
    'export async function publishRelease(tag: string): Promise<void> {',
    "  await fetch('https://api.github.com/repos/acme/shop/releases', {",
    "    method: 'POST',",
    '    headers: { Authorization: `token ${GITHUB_TOKEN}` },',
    '    body: JSON.stringify({ tag_name: tag }),',
    '  });',
    '}',
    '',
  ].join('\n'),
};

/** test-results/e2e/<step>.png → media/screenshots/<name>.png, for the README (`UPDATE_SCREENSHOTS=1`). */
const readmeScreenshots = {
  '02-hover': 'editor-hover',
  '04-quick-fix-menu': 'quick-fix-menu',
  '07-after-move-to-keychain': 'after-fix',
  '08-scan-workspace': 'scan-workspace',
};

/** The secret planted in a workspace file, and its 1-based line. */
function planted(ws: Workspace, file: string, pattern: RegExp): { value: string; line: number } {
  const lines = readFileSync(ws.path(file), 'utf8').split('\n');
  const line = lines.findIndex((l) => pattern.test(l));
  assert.ok(line >= 0, `${file} should hold a secret matching ${pattern}`);
  return { value: lines[line].match(pattern)![0], line: line + 1 };
}

/** Waits for a saved file to reach the disk (code-server writes it after the tab stops being dirty). */
function fileMatches(path: string, pattern: RegExp): Promise<void> {
  return expectEventually(() => pattern.test(readFileSync(path, 'utf8')), `${path} to match ${pattern}`);
}

describe('the editor, in a real VS Code', { timeout: 300_000 }, () => {
  let server: CodeServer;
  let wb: Workbench;
  let ws: Workspace;
  let service: string;
  let stripe: { value: string; line: number };
  let github: { value: string; line: number };
  const keychainName = 'RELEASE_GITHUB_TOKEN'; // typed over the suggested GITHUB_TOKEN in the input box

  before(async () => {
    ws = createWorkspace('acme-shop', fallback);
    stripe = planted(ws, 'src/payments.ts', /sk_live_[A-Za-z0-9]+/);
    github = planted(ws, 'src/release.ts', /ghp_[A-Za-z0-9]{36}/);
    service = keychainService(ws.name);
    await deletePassword(service, keychainName);
    server = await startCodeServer(packageVsix());
    wb = await Workbench.launch();
    await wb.open(server.folderUrl(ws.root));
  });

  /** A test that leaves a screenshot of the workbench when it fails. */
  const step = (name: string, fn: () => Promise<void>) =>
    test(name, async () => {
      try {
        await fn();
      } catch (error) {
        await wb?.screenshot(`failed-${name.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => undefined);
        throw error;
      }
    });

  after(async () => {
    if (process.env.UPDATE_SCREENSHOTS) publishScreenshots(readmeScreenshots);
    await wb?.close();
    await server?.stop();
    if (service) await deletePassword(service, keychainName).catch(() => false);
    ws?.remove();
  });

  step('a hardcoded Stripe key gets a red squiggle whose hover shows only the redacted key', async () => {
    await wb.openFile('payments.ts');
    assert.equal(await wb.waitForSquiggles('error'), 1);
    await wb.screenshot('01-squiggle');
    const hover = await wb.hover(wb.squiggles('error').first());
    await wb.screenshot('02-hover');
    const redacted = `sk_l…${stripe.value.slice(-4)}`;
    assert.ok(hover.includes(`Hardcoded Stripe live secret key ${redacted} — move it to the OS keychain or .env`), hover);
    assert.match(hover, /stripe-secret-key/);
    assert.ok(!hover.includes(stripe.value.slice(4, 20)), 'the hover must not show the key');
    await wb.moveMouseAway();
  });

  step('the Problems panel lists it, from keywarden, and the status bar counts it', async () => {
    const rows = await wb.problems(/Stripe live secret key/);
    await wb.screenshot('03-problems');
    const row = rows.find((r) => /Stripe live secret key/.test(r))!;
    assert.match(row, new RegExp(`^Error: Hardcoded Stripe live secret key sk_l…\\w{4} — move it to the OS keychain or \\.env at line ${stripe.line} and character \\d+\\. generated by keywarden`));
    assert.ok(!rows.join('\n').includes(stripe.value.slice(4, 20)));
    assert.match(await wb.statusBarItem('keywarden.keywarden.keywarden.findings'), /1 secret/);
  });

  step('the quick-fix menu offers both moves, ignore and baseline', async () => {
    const entries = await wb.quickFixesAt(wb.squiggles('error').first());
    await wb.screenshot('04-quick-fix-menu');
    for (const expected of [/Move STRIPE_SECRET_KEY to the OS keychain/, /Move STRIPE_SECRET_KEY to \.env/, /Ignore this finding/, /Add this finding to the baseline/]) {
      assert.ok(entries.some((e) => expected.test(e)), `quick fixes ${JSON.stringify(entries)} should include ${expected}`);
    }
  });

  step('"Move to .env" asks for the name, then rewrites the code, writes .env and git-ignores it', async () => {
    await wb.chooseQuickFix(/Move STRIPE_SECRET_KEY to \.env/);
    assert.equal(await wb.acceptInputBox(), 'STRIPE_SECRET_KEY');
    const text = await wb.waitForEditorText(/process\.env\.STRIPE_SECRET_KEY/);
    assert.match(text, /const stripeSecretKey = process\.env\.STRIPE_SECRET_KEY;/);
    assert.ok(!text.includes('sk_live_'));
    await expectEventually(() => wb.squiggles('error').count().then((n) => n === 0), 'the squiggle to go');
    await wb.screenshot('05-after-move-to-env');
    await wb.save();
    await fileMatches(ws.path('src/payments.ts'), /process\.env\.STRIPE_SECRET_KEY/);
    assert.ok(!readFileSync(ws.path('src/payments.ts'), 'utf8').includes(stripe.value));
    const env = readFileSync(ws.path('.env'), 'utf8');
    assert.match(env, new RegExp(`^STRIPE_SECRET_KEY="?${stripe.value}"?$`, 'm'));
    assert.equal(statSync(ws.path('.env')).mode & 0o777, 0o600);
    assert.equal(readFileSync(ws.path('.gitignore'), 'utf8').match(/^\/?\.env$/gm)?.length, 1, '.env is git-ignored, once');
  });

  step('"Move to the OS keychain" stores the token under the chosen name and leaves only a reference', async () => {
    await wb.openFile('release.ts');
    await wb.waitForSquiggles('error');
    const entries = await wb.quickFixesAt(wb.squiggles('error').first());
    assert.ok(entries.some((e) => /Move GITHUB_TOKEN to the OS keychain/.test(e)), JSON.stringify(entries));
    await wb.chooseQuickFix(/Move GITHUB_TOKEN to the OS keychain/);
    await wb.screenshot('06-name-input');
    assert.equal(await wb.acceptInputBox(keychainName), 'GITHUB_TOKEN');
    const text = await wb.waitForEditorText(/process\.env\.RELEASE_GITHUB_TOKEN/);
    assert.match(text, /const GITHUB_TOKEN = process\.env\.RELEASE_GITHUB_TOKEN;/);
    assert.ok(!text.includes('ghp_'));
    await wb.screenshot('07-after-move-to-keychain');
    await wb.save();
    await fileMatches(ws.path('src/release.ts'), /process\.env\.RELEASE_GITHUB_TOKEN/);
    assert.equal(await getPassword(service, keychainName), github.value);
    const env = readFileSync(ws.path('.env'), 'utf8');
    assert.match(env, /^RELEASE_GITHUB_TOKEN="?keychain:RELEASE_GITHUB_TOKEN"?$/m);
    assert.ok(!env.includes(github.value), '.env holds only a reference to the keychain');
    assert.match(env, /^STRIPE_SECRET_KEY=/m, 'the earlier .env line is kept');
  });

  step('"Scan Workspace" reports the secrets in files that are not open, in the Problems panel', async () => {
    await wb.runCommand('Keywarden: Scan Workspace');
    const summary = await wb.notification(/Keywarden: (\d+ hardcoded secrets? in \d+ files?|no hardcoded secrets)/);
    await wb.screenshot('08-scan-workspace');
    assert.match(summary, /Keywarden: [1-9]\d* hardcoded secrets? in [1-9]\d* files?\./);
    const rows = await wb.problems(/Slack/);
    assert.ok(rows.some((r) => /AWS/.test(r)), JSON.stringify(rows));
    assert.ok(!rows.some((r) => /Stripe|GitHub/.test(r)), 'the moved secrets are gone');
  });

  step('a crashed language server is logged and restarted, and diagnoses again', async () => {
    const [crashed, ...others] = server.languageServerPids();
    assert.ok(crashed !== undefined && others.length === 0, 'one language server runs');
    process.kill(crashed, 'SIGKILL'); // a descendant of the code-server this suite started
    await expectEventually(() => {
      const now = server.languageServerPids();
      return now.length === 1 && now[0] !== crashed;
    }, 'a new language server', 60_000);
    await wb.openFile('notify.ts');
    assert.equal(await wb.waitForSquiggles('error'), 1);
    await wb.screenshot('09-after-server-restart');
    assert.match(server.extensionLog(), /language server stopped unexpectedly; restarting it/);
  });

  step('no secret value reached the Keywarden output or code-server\'s log', async () => {
    const logs = server.extensionLog() + readFileSync(server.logFile, 'utf8');
    assert.match(server.extensionLog(), /workspace scan/i, 'the output channel has content');
    for (const secret of [stripe.value, github.value]) assert.ok(!logs.includes(secret.slice(4, 20)), `${secret.slice(0, 4)}… leaked`);
  });

  step('the settings VS Code sends (contributed defaults) pass the server\'s validation', async () => {
    const notifications = await wb.allNotifications();
    assert.ok(notifications.some((n) => /moved STRIPE_SECRET_KEY to \.env/.test(n)), JSON.stringify(notifications));
    assert.deepEqual(notifications.filter((n) => /using the default/.test(n)), []);
  });
});
