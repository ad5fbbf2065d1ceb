// End to end in a real VS Code (code-server in headless Chromium): the Keywarden activity-bar container on the
// demo project (test/fixtures/demo) plus an inventory whose values are in the real (throwaway) keychain. The Keys view lists the keys
// with their due dates, Rotate and Revoke from the context menu change the inventory, the keychain and the
// tree, the status bar counts overdue keys, the hover on an env lookup shows the entry and never the value,
// and the Findings view lists the hardcoded secret and the untracked .env key. Screenshots of every step go
// to test-results/e2e/.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { deletePassword, getPassword, setPassword } from 'keytar';
import { legacyValueFingerprint } from '../../server/detect/fingerprint';
import { identify, projectFingerprint } from '../support/project';
import type { Inventory, KeyRecord } from '../../server/vault/inventory';
import { Workbench, expectEventually } from './support/browser';
import { startCodeServer, type CodeServer } from './support/code-server';
import { publishScreenshots } from './support/screenshots';
import { packageVsix } from './support/vsix';
import { createWorkspace, type Workspace } from './support/workspace';

// Look-real values, only ever in the keychain; the demo's code reads them with env lookups
// (src/server.ts: process.env.SHOP_API_KEY and SESSION_SECRET; scripts/backup.py: os.environ["PGPASSWORD"];
// docker-compose.yml: ${STRIPE_SECRET_KEY}).
const values = {
  STRIPE_SECRET_KEY: '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',
  SHOP_API_KEY: 'shop_live_4fQ9xT2mZ7kR1vN8cW3bY6hL0pD5sJ9g',
  SESSION_SECRET: 'b3f9c1e7a2d84f6e9b0c5a1d7e3f8b2c4a6d9e1f0b7c3a5e8d2f4b6a9c1e3d7f',
  PGPASSWORD: 'Zr8tLq2Wm5Xv9Kc3Nw7Bj1Hd',
};
const rotatedStripe = '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';
// A plaintext key in the (git-ignored) .env that the inventory does not track: the Findings view's "untracked".
const untrackedMailgun = 'key-8e41c7b2d95f03a6e7b18c4d2f90a5e3';

const day = 86_400_000;

function entry(name: keyof typeof values, provider: string, environment: string, rotatedDaysAgo: number, rotationDays: number, extra: Partial<KeyRecord>): KeyRecord {
  // Half a day off the whole number, so the day counts in the words are stable while the test runs.
  // at noon UTC, N calendar days ago: the due words count calendar days, whatever the time of the run
  const rotated = new Date(Math.floor(Date.now() / day) * day - rotatedDaysAgo * day + day / 2).toISOString();
  return {
    name, provider, environment, rotationDays, rotated, created: '2025-06-01T09:00:00.000Z', status: 'active', storage: 'keychain',
    scope: [], fingerprint: legacyValueFingerprint(values[name]), ...extra,
  };
}

const inventory: Inventory = {
  version: 1,
  keys: [
    entry('STRIPE_SECRET_KEY', 'stripe', 'production', 100, 90, { owner: 'payments-team', service: 'checkout-api', purpose: 'charge cards at checkout', scope: ['charges:write'] }),
    entry('SHOP_API_KEY', 'acme', 'production', 200, 180, { owner: 'platform-team', service: 'shop-api', purpose: 'partner order API' }),
    entry('SESSION_SECRET', 'acme', 'production', 80, 90, { owner: 'platform-team', purpose: 'signs session cookies' }),
    entry('PGPASSWORD', 'postgres', 'staging', 10, 90, { owner: 'data-team', purpose: 'nightly backups' }),
  ],
};

/** What the sidebar suite adds to the demo project. */
const additions = {
  '.keywarden/keys.json': JSON.stringify(inventory, null, 2) + '\n',
  '.env': `MAILGUN_API_KEY=${untrackedMailgun}\nPORT=3000\n`,
};

/** test-results/e2e/<step>.png → media/screenshots/<name>.png, for the README (`UPDATE_SCREENSHOTS=1`). */
const readmeScreenshots = {
  '10-keys-sidebar': 'keys-sidebar',
  '11-overdue-status-and-notice': 'keys-overdue-notice',
  '12-hover-env-lookup': 'keys-hover',
  '14-after-rotate': 'keys-after-rotate',
  '20-findings-view': 'findings-view',
  '23-welcome': 'keys-welcome',
};

describe('the Keys sidebar, in a real VS Code', { timeout: 400_000 }, () => {
  let server: CodeServer;
  let wb: Workbench;
  let ws: Workspace;
  let service: string;
  const accounts = [...Object.keys(values), 'STRIPE_SECRET_KEY@previous', 'GITHUB_TOKEN'];

  const readInventory = () => JSON.parse(readFileSync(ws.path('.keywarden/keys.json'), 'utf8')) as Inventory;
  const keyOnDisk = (name: string) => readInventory().keys.find((k) => k.name === name);
  const keysPane = () => wb.page.locator('.pane').filter({ has: wb.page.locator('.pane-header', { hasText: /^\s*Keys/i }) });
  const findingsPane = () => wb.page.locator('.pane').filter({ has: wb.page.locator('.pane-header', { hasText: /^\s*Findings/i }) });
  // A row's aria-label (what screen readers say: "NAME, due words" for keys), else its visible text.
  const rowLabels = async (pane: ReturnType<typeof keysPane>) =>
    pane.locator('.monaco-list-row').evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('aria-label') || (r.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const keyRow = (name: string) => keysPane().locator(`.monaco-list-row[aria-label^="${name},"]`);
  const overdueStatus = () => wb.page.locator('[id$="keywarden.overdue"]');

  async function waitForRow(pane: ReturnType<typeof keysPane>, pattern: RegExp): Promise<string[]> {
    let labels: string[] = [];
    await expectEventually(async () => (labels = await rowLabels(pane)).some((l) => pattern.test(l)), `a row matching ${pattern}`, 45_000)
      .catch((e: Error) => assert.fail(`${e.message}; rows: ${labels.join(' | ')}`));
    return labels;
  }

  /** Opens a row's context menu and runs an entry: hover (which focuses it) and Enter, since a click right
   *  after the menu opens is sometimes swallowed. */
  async function contextMenu(row: string | ReturnType<typeof keyRow>, action: string): Promise<void> {
    await (typeof row === 'string' ? keyRow(row) : row).click({ button: 'right' });
    const item = wb.page.locator('.monaco-menu .action-item', { hasText: action }).filter({ visible: true }).first();
    await item.hover();
    await wb.page.locator('.monaco-menu .action-item.focused', { hasText: action }).waitFor();
    await wb.page.keyboard.press('Enter');
    await item.waitFor({ state: 'hidden' });
  }

  /** Runs a command by its title from the command palette. */
  async function runCommand(title: string): Promise<void> {
    await wb.page.keyboard.press('F1');
    const input = wb.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
    await input.waitFor({ state: 'hidden' });
  }

  /** The on-screen box of `word` inside a rendered editor line, whatever spans Monaco split the line into. */
  const wordBox = (line: ReturnType<typeof keyRow>, word: string) =>
    line.evaluate((el, w) => {
      // Runs in the page (this project's tsconfig has no DOM types: the few used are spelled out).
      type Rect = { x: number; y: number; width: number; height: number };
      type Doc = {
        createTreeWalker(root: unknown, show: number): { nextNode(): { textContent: string | null } | null };
        createRange(): { setStart(n: unknown, o: number): void; setEnd(n: unknown, o: number): void; getBoundingClientRect(): Rect };
      };
      const doc = (el as unknown as { ownerDocument: Doc }).ownerDocument;
      const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(w) ?? -1;
        if (at < 0) continue;
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return undefined;
    }, word);

  before(async () => {
    ws = createWorkspace(`acme-keys-${process.pid}`, additions); // .env stays out of git: the demo ignores it
    service = identify(ws.root);
    for (const [name, value] of Object.entries(values)) await setPassword(service, name, value);
    server = await startCodeServer(packageVsix());
    wb = await Workbench.launch();
    await wb.open(server.folderUrl(ws.root));
  });

  // The state after each step, whatever its outcome (a failure's screenshot is the one that explains it).
  let step = 0;
  afterEach(async () => {
    await wb?.screenshot(`sidebar-after-step-${++step}`).catch(() => undefined);
  });

  after(async () => {
    if (process.env.UPDATE_SCREENSHOTS) publishScreenshots(readmeScreenshots);
    await wb?.close();
    await server?.stop();
    for (const account of accounts) await deletePassword(service, account).catch(() => false);
    ws?.remove();
  });

  test('the Keys view lists the keys by due state, with their due dates in words', async () => {
    await wb.page.locator('.activitybar [aria-label^="Keywarden"]').first().click();
    const labels = await waitForRow(keysPane(), /^STRIPE_SECRET_KEY, /);
    // A wider side bar, so the due words are not cut short in the screenshots.
    const sidebar = await wb.page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      const edge = sidebar.x + sidebar.width + 1;
      await wb.page.mouse.move(edge, 300);
      await wb.page.mouse.down();
      await wb.page.mouse.move(edge + 200, 300, { steps: 8 });
      await wb.page.mouse.up();
    }
    await wb.moveMouseAway();
    await wb.screenshot('10-keys-sidebar');
    const keys = labels.filter((l) => /^[A-Z_]+, /.test(l));
    assert.deepEqual(keys, [
      'SHOP_API_KEY, overdue by 20 days',
      'STRIPE_SECRET_KEY, overdue by 10 days',
      'SESSION_SECRET, due in 10 days',
      'PGPASSWORD, due in 80 days',
    ]);
    const groups = await keysPane().locator('.monaco-list-row .label-name').allInnerTexts();
    for (const group of ['Overdue', 'Due soon', 'OK']) assert.ok(groups.includes(group), `group ${group} in ${groups.join(', ')}`);
  });

  test('the status bar counts the overdue keys, and a notification says which are due', async () => {
    await expectEventually(async () => /2 keys overdue/.test(await overdueStatus().innerText().catch(() => '')), 'the overdue status item');
    // The notice came at start-up: a toast, or in the notification centre once the toast has timed out.
    const notice = /2 keys overdue and 1 key due soon/;
    const toast = wb.page.locator('.notifications-toasts .notification-toast', { hasText: notice });
    if (!(await toast.isVisible())) await wb.page.locator('[id="status.notifications"]').click();
    const shown = wb.page.locator('.notification-toast, .notifications-center .monaco-list-row', { hasText: notice }).first();
    await shown.waitFor();
    await wb.screenshot('11-overdue-status-and-notice');
    await shown.locator('.monaco-button', { hasText: 'Show' }).click();
    await shown.waitFor({ state: 'hidden' });
    await wb.page.keyboard.press('Escape');
  });

  test('hovering an env lookup shows the inventory entry and due state, never the value', async () => {
    await wb.openFile('server.ts');
    const line = wb.page.locator('.editor-instance .view-line', { hasText: 'process.env.SHOP_API_KEY' }).filter({ visible: true }).first();
    await line.waitFor();
    // The TypeScript service is still starting on a fresh window and can drop the first hover: move on again until it shows.
    const hoverBox = wb.page.locator('.monaco-hover:not(.hidden)', { hasText: 'Keywarden inventory' }).first();
    await expectEventually(async () => {
      const box = await wordBox(line, 'SHOP_API_KEY');
      if (!box?.width) return false; // not laid out yet
      await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      if (await hoverBox.waitFor({ timeout: 5000 }).then(() => true, () => false)) return true;
      await wb.moveMouseAway();
      return false;
    }, 'the hover on process.env.SHOP_API_KEY', 60_000);
    const hover = (await hoverBox.innerText()).replace(/\u00a0/g, ' ');
    await wb.screenshot('12-hover-env-lookup');
    assert.match(hover, /SHOP_API_KEY/);
    assert.match(hover, /overdue by 20 days/);
    assert.match(hover, /platform-team/);
    assert.match(hover, /OS keychain/);
    assert.ok(!hover.includes(values.SHOP_API_KEY.slice(10, 26)), 'the hover must not show the value');
    await wb.moveMouseAway();
  });

  test('Rotate… from the context menu stores the new value, keeps the old one as previous, and updates the tree', async () => {
    await contextMenu('STRIPE_SECRET_KEY', 'Rotate…');
    const password = wb.page.locator('.quick-input-widget input[type="password"]');
    await password.waitFor({ state: 'visible' });
    await wb.screenshot('13-rotate-password-input');
    await password.fill(rotatedStripe);
    await password.press('Enter');
    await password.waitFor({ state: 'detached' }); // the same widget comes back as the overlap input
    assert.equal(await wb.acceptInputBox(), '7', 'the overlap defaults to the CLI default of 7 days');

    await expectEventually(() => keyOnDisk('STRIPE_SECRET_KEY')?.status === 'rotating', 'the inventory to say rotating');
    const key = keyOnDisk('STRIPE_SECRET_KEY')!;
    assert.equal(key.fingerprint, projectFingerprint(ws.root, rotatedStripe));
    assert.equal(key.previous?.fingerprint, projectFingerprint(ws.root, values.STRIPE_SECRET_KEY));
    const overlapDays = (Date.parse(key.previous!.revokeAfter) - Date.parse(key.rotated)) / day;
    assert.ok(Math.abs(overlapDays - 7) < 0.01, `overlap of ${overlapDays} days`);
    assert.equal(await getPassword(service, 'STRIPE_SECRET_KEY'), rotatedStripe);
    assert.equal(await getPassword(service, 'STRIPE_SECRET_KEY@previous'), values.STRIPE_SECRET_KEY);

    await waitForRow(keysPane(), /^STRIPE_SECRET_KEY, rotating: finish by \d{1,2} [A-Z][a-z]{2} to revoke the old key/);
    await expectEventually(async () => /1 key overdue/.test(await overdueStatus().innerText().catch(() => '')), 'the status bar to count 1 overdue key');
    await wb.screenshot('14-after-rotate');
  });

  test('Revoke… asks for a reason and a confirmation, removes the value from the keychain, and marks the key revoked', async () => {
    await contextMenu('SHOP_API_KEY', 'Revoke…');
    await wb.acceptInputBox('leaked in a CI log');
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Revoke SHOP_API_KEY\?/);
    await wb.screenshot('15-revoke-confirm');
    await dialog.locator('.monaco-button', { hasText: /^Revoke$/ }).click();

    await expectEventually(() => keyOnDisk('SHOP_API_KEY')?.status === 'revoked', 'the inventory to say revoked');
    assert.equal(keyOnDisk('SHOP_API_KEY')?.revoked?.reason, 'leaked in a CI log');
    assert.equal(await getPassword(service, 'SHOP_API_KEY'), null);
    await waitForRow(keysPane(), /^SHOP_API_KEY, revoked on \d{1,2} [A-Z][a-z]{2}/);
    await expectEventually(async () => !(await overdueStatus().isVisible()), 'the overdue status to go away with no overdue key');
    await wb.screenshot('16-after-revoke');
    const audit = readFileSync(ws.path('.keywarden/audit.jsonl'), 'utf8');
    assert.match(audit, /"action":"rotate","names":\["STRIPE_SECRET_KEY"\]/);
    assert.match(audit, /"action":"revoke","names":\["SHOP_API_KEY"\]/);
    for (const value of [...Object.values(values), rotatedStripe]) assert.ok(!audit.includes(value), 'no value in the audit log');
  });

  test('Find references lists every env lookup of the key, in every language', async () => {
    await contextMenu('SESSION_SECRET', 'Find References');
    const rows = wb.page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor();
    // The code's two lookups (the demo's EXPECTED.md also quotes `${SESSION_SECRET}`: a third, in docs).
    let labels: string[] = [];
    await expectEventually(async () => {
      labels = await rows.evaluateAll((els) => els.map((r) => r.getAttribute('aria-label') ?? ''));
      return labels.some((l) => /src\/server\.ts:12/.test(l)) && labels.some((l) => /config\/settings\.yml:10/.test(l));
    }, 'the references in src/server.ts and config/settings.yml');
    await wb.screenshot('17-find-references');
    assert.ok(labels.some((l) => /process\.env\.SESSION_SECRET/.test(l) && /src\/server\.ts:12/.test(l)), labels.join(' | '));
    assert.ok(labels.some((l) => /\$\{SESSION_SECRET\}/.test(l) && /config\/settings\.yml:10/.test(l)), labels.join(' | '));
    await wb.page.keyboard.press('Escape');
  });

  test('Finish rotation removes the previous value and makes the key active again', async () => {
    await contextMenu('STRIPE_SECRET_KEY', 'Finish Rotation');
    await expectEventually(() => keyOnDisk('STRIPE_SECRET_KEY')?.status === 'active', 'the inventory to say active');
    assert.equal(keyOnDisk('STRIPE_SECRET_KEY')?.previous, undefined);
    assert.equal(await getPassword(service, 'STRIPE_SECRET_KEY@previous'), null);
    assert.equal(await getPassword(service, 'STRIPE_SECRET_KEY'), rotatedStripe);
    // calendar days: just rotated, a 90-day key is due in 90 days
    await waitForRow(keysPane(), /^STRIPE_SECRET_KEY, due in 90 days/);
  });

  test('the view title toggles grouping by environment', async () => {
    await keysPane().locator('.pane-header').hover();
    await keysPane().locator('.pane-header .action-label[aria-label^="Group Keys by Environment"]').click();
    let groups: string[] = [];
    await expectEventually(async () => {
      groups = (await rowLabels(keysPane())).filter((l) => !l.includes(',')).map((g) => g.split(/\s/)[0]);
      return groups.join() === 'production,staging';
    }, 'the production and staging groups').catch((e: Error) => assert.fail(`${e.message}; groups: ${groups.join(' | ')}`));
    await wb.screenshot('18-grouped-by-environment');
    await keysPane().locator('.pane-header').hover();
    await keysPane().locator('.pane-header .action-label[aria-label^="Group Keys by Due State"]').click();
    await waitForRow(keysPane(), /^Revoked/);
  });

  test('Suspend and Resume change the status, and the tree says so', async () => {
    await contextMenu('SESSION_SECRET', 'Suspend');
    await expectEventually(() => keyOnDisk('SESSION_SECRET')?.status === 'suspended', 'the inventory to say suspended');
    await waitForRow(keysPane(), /^SESSION_SECRET, suspended$/);
    await contextMenu('SESSION_SECRET', 'Resume');
    await expectEventually(() => keyOnDisk('SESSION_SECRET')?.status === 'active', 'the inventory to say active again');
    await waitForRow(keysPane(), /^SESSION_SECRET, due in 10 days/);
  });

  test('Edit Metadata… changes a field in the inventory, nothing else', async () => {
    const before = keyOnDisk('PGPASSWORD')!;
    await contextMenu('PGPASSWORD', 'Edit Metadata…');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Owner' }).first().click();
    assert.equal(await wb.acceptInputBox('dba-team'), 'data-team', 'the input starts with the current owner');
    await expectEventually(() => keyOnDisk('PGPASSWORD')?.owner === 'dba-team', 'the new owner on disk');
    assert.deepEqual({ ...keyOnDisk('PGPASSWORD'), owner: before.owner }, before);
  });

  test('Copy Value confirms, copies the value, audits it, and clears the clipboard after 30 s', async () => {
    await wb.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const clipboard = () => wb.page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    await contextMenu('PGPASSWORD', 'Copy Value');
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Copy the value of PGPASSWORD to the clipboard\?/);
    await dialog.locator('.monaco-button', { hasText: /^Copy value$/ }).click();
    await expectEventually(async () => (await clipboard()) === values.PGPASSWORD, 'the value on the clipboard');
    assert.match(readFileSync(ws.path('.keywarden/audit.jsonl'), 'utf8'), /"action":"reveal","names":\["PGPASSWORD"\]/);
    await expectEventually(async () => (await clipboard()) === '', 'the clipboard cleared', 45_000);
  });

  test('an inventory edited on disk refreshes the tree by itself; a malformed one shows an error item', async () => {
    const good = readFileSync(ws.path('.keywarden/keys.json'), 'utf8');
    writeFileSync(ws.path('.keywarden/keys.json'), good.replace('"rotationDays": 90,', '"rotationDays": "ninety",'));
    await waitForRow(keysPane(), /^Inventory cannot be read/);
    await wb.screenshot('19-malformed-inventory');
    writeFileSync(ws.path('.keywarden/keys.json'), good);
    await waitForRow(keysPane(), /^PGPASSWORD, due in 80 days/);
  });

  test("the Findings view lists the demo project's hardcoded secrets by file and the untracked .env key", async () => {
    const header = findingsPane().locator('.pane-header');
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const labels = await waitForRow(findingsPane(), /MAILGUN_API_KEY/);
    await waitForRow(findingsPane(), /Hardcoded Stripe live secret key/);
    assert.ok(labels.some((l) => /Untracked in \.env/.test(l)), `untracked group in ${labels.join(' | ')}`);
    const all = (await rowLabels(findingsPane())).join('\n');
    assert.match(all, /payments\.ts/);
    assert.match(all, /release\.ts/);
    assert.ok(!all.includes(untrackedMailgun.slice(4)), 'the Findings view must not show a value');
    await runCommand('Notifications: Clear All Notifications');
    await wb.moveMouseAway();
    await wb.screenshot('20-findings-view');
    // A finding opens its file with the secret selected (demo: src/payments.ts, line 4, an 80-character key).
    await findingsPane().locator('.monaco-list-row', { hasText: 'Hardcoded Stripe live secret key' }).first().click();
    await wb.page.locator('.tabs-container .tab.active[aria-label^="payments.ts"]').waitFor();
    const selection = wb.page.locator('[id="status.editor.selection"]');
    await expectEventually(async () => /Ln 4, Col \d+ \(80 selected\)/.test(await selection.innerText().catch(() => '')), 'the secret selected');
    await wb.screenshot('21-finding-opened');
  });

  test("a finding's context menu runs its quick fix: Move to OS Keychain rewrites the file and stores the token", async () => {
    const token = /ghp_[A-Za-z0-9]{36}/.exec(readFileSync(ws.path('src/release.ts'), 'utf8'))![0];
    await contextMenu(findingsPane().locator('.monaco-list-row', { hasText: 'Hardcoded GitHub personal access token' }).first(), 'Move to OS Keychain');
    assert.equal(await wb.acceptInputBox(), 'GITHUB_TOKEN', 'the name prompt offers the suggested name');
    await expectEventually(() => readFileSync(ws.path('src/release.ts'), 'utf8').includes('requireEnv("GITHUB_TOKEN")'), 'release.ts to read the env var', 45_000);
    assert.ok(!readFileSync(ws.path('src/release.ts'), 'utf8').includes(token));
    assert.equal(await getPassword(service, 'GITHUB_TOKEN'), token);
    await expectEventually(async () => !(await rowLabels(findingsPane())).some((l) => /GitHub personal access token/.test(l)), 'the finding to leave the view');
  });

  test('Adopt into inventory… tracks an untracked .env key, leaving its value where it is', async () => {
    await contextMenu(findingsPane().locator('.monaco-list-row', { hasText: 'MAILGUN_API_KEY' }).first(), 'Adopt into Inventory…');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'staging' }).first().click();
    await wb.acceptInputBox('growth-team');
    await expectEventually(() => keyOnDisk('MAILGUN_API_KEY')?.storage === 'dotenv', 'MAILGUN_API_KEY in the inventory');
    const key = keyOnDisk('MAILGUN_API_KEY')!;
    assert.deepEqual([key.environment, key.owner, key.provider, key.fingerprint], ['staging', 'growth-team', 'mailgun', projectFingerprint(ws.root, untrackedMailgun)]);
    assert.match(readFileSync(ws.path('.env'), 'utf8'), new RegExp(`^MAILGUN_API_KEY=${untrackedMailgun}$`, 'm'));
    await waitForRow(keysPane(), /^MAILGUN_API_KEY, due in 90 days/);
    await expectEventually(async () => !(await rowLabels(findingsPane())).some((l) => /MAILGUN_API_KEY/.test(l)), 'the untracked entry to go');
    await wb.screenshot('22-after-adopt');
  });
  test('a project without an inventory gets the welcome actions; Add key runs the CLI in a terminal and the tree shows the key', async () => {
    // The DOM terminal renderer, so the CLI's prompt can be read from the page.
    const fresh = createWorkspace(`acme-new-${process.pid}`, { '.vscode/settings.json': '{ "terminal.integrated.gpuAcceleration": "off" }\n' });
    const freshService = identify(fresh.root);
    const value = 're_8kTq3ZmV7xNp2LwR5cYb9HdJ4fGs6UaE';
    try {
      await wb.open(server.folderUrl(fresh.root));
      await wb.page.locator('.activitybar [aria-label^="Keywarden"]').first().click();
      const welcome = keysPane().locator('.welcome-view-content');
      await welcome.waitFor();
      assert.match(await welcome.innerText(), /no key inventory yet/);
      await wb.screenshot('23-welcome');
      await welcome.locator('.monaco-button', { hasText: 'Add key' }).click();
      // Four prompts in a row reuse one widget: each is told apart by its title's step.
      const answer = async (step: string, text: string) => {
        const input = wb.page.locator(`.quick-input-widget input[aria-label*="${step}"]`);
        await input.fill(text);
        await input.press('Enter');
        await input.waitFor({ state: 'hidden' });
      };
      await answer('(1/4)', 'RESEND_API_KEY');
      await answer('(2/4)', 'resend');
      await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'development' }).first().click();
      await answer('(4/4)', 'growth-team');
      // The CLI's hidden prompt, in the terminal the command opened: the value never passes through argv.
      await wb.page.locator('.terminal-wrapper .xterm').first().waitFor();
      await expectEventually(async () => /Value for RESEND_API_KEY/.test(await wb.page.locator('.xterm-rows').first().innerText().catch(() => '')), 'the hidden prompt');
      await wb.page.locator('.xterm-helper-textarea').first().focus();
      await wb.page.keyboard.type(value);
      await wb.page.keyboard.press('Enter');
      await waitForRow(keysPane(), /^RESEND_API_KEY, due in 90 days/);
      await wb.screenshot('24-after-add-key');
      assert.equal(await getPassword(freshService, 'RESEND_API_KEY'), value);
      const key = JSON.parse(readFileSync(fresh.path('.keywarden/keys.json'), 'utf8')).keys[0] as KeyRecord;
      assert.deepEqual([key.name, key.provider, key.environment, key.owner, key.fingerprint], ['RESEND_API_KEY', 'resend', 'development', 'growth-team', projectFingerprint(fresh.root, value)]);
    } finally {
      await deletePassword(freshService, 'RESEND_API_KEY').catch(() => false);
      fresh.remove();
    }
  });
});
