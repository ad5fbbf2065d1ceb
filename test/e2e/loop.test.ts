// The loop end to end in a real VS Code (code-server in headless Chromium): a committed Stripe key is moved to
// the OS keychain; the message says it was committed and offers Rotate…; the Keys view shows it exposed;
// Rotate… and Finish rotation leave it OK with its due date. Screenshots go to test-results/e2e/ (and, with
// UPDATE_SCREENSHOTS=1, the README's media/screenshots/).
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deletePassword, getPassword } from 'keytar';
import type { Inventory } from '../../server/vault/inventory';
import { identify } from '../support/project';
import { Workbench, expectEventually } from './support/browser';
import { startCodeServer, type CodeServer } from './support/code-server';
import { publishScreenshots } from './support/screenshots';
import { packageVsix } from './support/vsix';
import { stepWithScreenshot } from './support/step';
import { createWorkspace, type Workspace } from './support/workspace';

const rotated = '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';

const readmeScreenshots = {
  '30-move-exposed-message': 'loop-exposed-message',
  '31-keys-exposed': 'loop-keys-exposed',
  '33-keys-ok-after-rotation': 'loop-keys-ok',
};

describe('the loop, in a real VS Code: move → exposed → rotate → OK', { timeout: 400_000 }, () => {
  let server: CodeServer;
  let wb: Workbench;
  let ws: Workspace;
  let service: string;

  const keysPane = () => wb.page.locator('.pane').filter({ has: wb.page.locator('.pane-header', { hasText: /^\s*Keys/i }) });
  const rowLabels = () => keysPane().locator('.monaco-list-row').evaluateAll((rows) =>
    rows.map((r) => r.getAttribute('aria-label') || (r.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const waitForRow = async (pattern: RegExp) => {
    let labels: string[] = [];
    await expectEventually(async () => (labels = await rowLabels()).some((l) => pattern.test(l)), `a Keys row matching ${pattern}`, 45_000)
      .catch((e: Error) => assert.fail(`${e.message}; rows: ${labels.join(' | ')}`));
  };
  const inventory = () => JSON.parse(readFileSync(ws.path('.keywarden/keys.json'), 'utf8')) as Inventory;

  const step = stepWithScreenshot(() => wb);

  before(async () => {
    ws = createWorkspace('acme-loop'); // the demo project, committed: its Stripe key is in git history
    service = identify(ws.root);
    server = await startCodeServer(packageVsix());
    wb = await Workbench.launch();
    await wb.open(server.folderUrl(ws.root));
  });

  after(async () => {
    if (process.env.UPDATE_SCREENSHOTS) publishScreenshots(readmeScreenshots);
    await wb?.close();
    await server?.stop();
    for (const account of ['STRIPE_SECRET_KEY', 'STRIPE_SECRET_KEY@previous']) await deletePassword(service, account).catch(() => false);
    ws?.remove();
  });

  step('moving the committed key says it was committed and offers Rotate…', async () => {
    await wb.openFile('payments.ts');
    await wb.waitForSquiggles('error');
    await wb.quickFixesAt(wb.squiggles('error').first());
    await wb.chooseQuickFix(/Move STRIPE_SECRET_KEY to the OS keychain/);
    assert.equal(await wb.acceptInputBox(), 'STRIPE_SECRET_KEY');
    await wb.waitForEditorText(/requireEnv\("STRIPE_SECRET_KEY"\)/);
    const message = await wb.notification(/STRIPE_SECRET_KEY was committed to git/);
    assert.match(message, /rotate it now/);
    assert.ok(!message.includes('`'));
    await wb.screenshot('30-move-exposed-message');
    const key = inventory().keys.find((k) => k.name === 'STRIPE_SECRET_KEY');
    assert.equal(key?.exposed?.files[0], 'src/payments.ts');
  });

  step('the Keys view shows it under "Exposed: rotate now", and the status item counts it', async () => {
    await wb.page.locator('.activitybar [aria-label^="Keywarden"]').first().click();
    await waitForRow(/^STRIPE_SECRET_KEY, committed to git on .*: rotate now/);
    await expectEventually(async () => /1 key exposed/.test(await wb.page.locator('[id$="keywarden.overdue"]').innerText().catch(() => '')), 'the status item to count 1 exposed key');
    await wb.screenshot('31-keys-exposed');
  });

  step('Rotate… from the message, then Finish rotation: the key is OK with its due date', async () => {
    const toast = wb.page.locator('.notification-toast', { hasText: /was committed to git/ });
    await toast.locator('.monaco-button', { hasText: 'Rotate…' }).click();
    const password = wb.page.locator('.quick-input-widget input[type="password"]');
    await password.waitFor({ state: 'visible' });
    await password.fill(rotated);
    await password.press('Enter');
    await password.waitFor({ state: 'detached' });
    await wb.acceptInputBox('0');
    await expectEventually(() => inventory().keys.find((k) => k.name === 'STRIPE_SECRET_KEY')?.status === 'rotating', 'the key to be rotating');
    await wb.screenshot('32-rotating');
    await wb.runCommand('Keywarden: Finish Rotation');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'STRIPE_SECRET_KEY' }).first().click();
    await expectEventually(() => inventory().keys.find((k) => k.name === 'STRIPE_SECRET_KEY')?.status === 'active', 'the rotation to finish');
    assert.equal(inventory().keys.find((k) => k.name === 'STRIPE_SECRET_KEY')?.exposed, undefined);
    assert.equal(await getPassword(service, 'STRIPE_SECRET_KEY'), rotated);
    await waitForRow(/^STRIPE_SECRET_KEY, due in 90 days/);
    await wb.screenshot('33-keys-ok-after-rotation');
  });
});
