// Drives the code-server workbench in Debian's Chromium through playwright-core (never a downloaded browser).
// Every request that is not to the loopback code-server is aborted: the tests run offline and must not leak.
// Selectors follow ../shared/docs/real-vscode.md; waits are on selectors, never fixed sleeps.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { resultsDir } from './code-server';

const timeout = 30_000;

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly profile: string,
  ) {}

  static async launch(): Promise<Workbench> {
    const profile = mkdtempSync(join(tmpdir(), 'kw-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 860 },
      env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: join(profile, '.config'), XDG_CACHE_HOME: join(profile, '.cache') },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(timeout);
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:';
      return local ? route.continue() : route.abort();
    });
    return new Workbench(page, context, profile);
  }

  /** Opens the workbench on a folder and waits for the explorer to list it. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
  }

  /** Opens a file through Quick Open (clicking the row: Enter is flaky) and waits for its editor tab. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    await this.page.locator(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`).first().click();
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor();
    await this.page.locator('.editor-instance .view-lines').first().waitFor();
  }

  /** The active editor's visible text, one string (Monaco renders non-breaking spaces). */
  async editorText(): Promise<string> {
    const text = await this.page.locator('.editor-instance .view-lines').first().innerText();
    return text.replace(/\u00a0/g, ' ');
  }

  /** Waits until the active editor shows `pattern` (after an edit the view updates asynchronously). */
  async waitForEditorText(pattern: RegExp): Promise<string> {
    let last = '';
    await expectEventually(async () => pattern.test((last = await this.editorText())), `editor text matching ${pattern}`);
    return last;
  }

  squiggles(severity: 'error' | 'warning' | 'info' = 'error'): Locator {
    return this.page.locator(`.editor-instance .squiggly-${severity}`);
  }

  /** Waits for the squiggles in the active editor and returns how many there are. */
  async waitForSquiggles(severity: 'error' | 'warning' | 'info' = 'error'): Promise<number> {
    await this.squiggles(severity).first().waitFor({ timeout: 60_000 });
    return this.squiggles(severity).count();
  }

  /** Hovers a squiggle and returns the hover's text. */
  async hover(target: Locator): Promise<string> {
    const box = await target.boundingBox();
    if (!box) throw new Error('hover target is not visible');
    await this.page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2 - 3);
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
    await hover.waitFor();
    // The problem's part shows at once; hover providers' parts replace "Loading..." when they answer.
    let text = '';
    await expectEventually(async () => !(text = await hover.innerText()).includes('Loading...'), 'the hover to finish loading');
    return text;
  }

  /** Moves the mouse off the editor and closes any hover. */
  async moveMouseAway(): Promise<void> {
    await this.moveMouseOff();
    await this.page.keyboard.press('Escape');
  }

  private async moveMouseOff(): Promise<void> {
    await this.page.mouse.move(5, 5);
  }

  /** Opens the Problems panel and returns its rows' aria-labels once `match` appears among them. */
  async problems(match: RegExp): Promise<string[]> {
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.keyboard.press('Control+Shift+M');
    let labels: string[] = [];
    await expectEventually(async () => {
      labels = await this.page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
      return labels.some((l) => match.test(l));
    }, `a Problems row matching ${match}`);
    return labels;
  }

  /**
   * Puts the cursor inside a squiggle (a click in the editor: focus is then surely in the editor, which a
   * double-click on a Problems row does not promise) and opens the quick-fix menu; returns its entries.
   */
  async quickFixesAt(squiggle: Locator): Promise<string[]> {
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('the squiggle is not visible');
    await this.page.mouse.click(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2 - 3);
    await this.page.locator('.editor-instance .monaco-editor.focused').first().waitFor();
    await this.moveMouseOff();
    const rows = this.page.locator('.action-widget .monaco-list-row');
    // The first Ctrl+. can land while the editor is still settling after the click; ask again if so.
    await expectEventually(async () => {
      if (await rows.first().isVisible()) return true;
      await this.page.keyboard.press('Control+.');
      return rows.first().waitFor({ timeout: 5000 }).then(() => true, () => false);
    }, 'the quick-fix menu');
    return this.page.$$eval('.action-widget .monaco-list-row', (els) =>
      els.map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()).filter(Boolean));
  }

  /** Clicks the first quick-fix entry whose text matches. */
  async chooseQuickFix(text: RegExp): Promise<void> {
    await this.page.locator('.action-widget .monaco-list-row').filter({ hasText: text }).first().click();
  }

  /** Waits for an input box (e.g. the variable-name prompt), optionally replaces its value, accepts it; returns what it held. */
  async acceptInputBox(value?: string): Promise<string> {
    const input = this.page.locator('.quick-input-widget input');
    // After a quick pick the same widget turns into the input box; until its list hides, the value is the pick's filter.
    const list = this.page.locator('.quick-input-widget .quick-input-list');
    await expectEventually(async () => (await input.isVisible()) && !(await list.isVisible()), 'an input box (not a quick pick)');
    const shown = await input.inputValue();
    if (value !== undefined) await input.fill(value);
    await input.press('Enter');
    await input.waitFor({ state: 'hidden' });
    return shown;
  }

  /** Runs a command from the Command Palette by its full title ("Keywarden: Scan Workspace"). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().click();
  }

  /** Waits for a notification toast matching `pattern` and returns its text. */
  async notification(pattern: RegExp): Promise<string> {
    const toast = this.page.locator('.notifications-toasts .notification-toast').filter({ hasText: pattern }).first();
    await toast.waitFor({ timeout: 60_000 });
    return toast.innerText();
  }

  /** Every notification of the session, from the notification center (toasts hide themselves). */
  async allNotifications(): Promise<string[]> {
    await this.runCommand('Notifications: Show Notifications');
    await this.page.locator('.notifications-center').waitFor();
    const texts = await this.page.$$eval('.notifications-center .notification-list-item', (items) =>
      items.map((i) => i.getAttribute('aria-label') ?? i.textContent ?? ''));
    await this.page.keyboard.press('Escape');
    return texts;
  }

  /** Saves the active editor; the file reaches the disk a moment later (poll it). */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  }

  /** Text of the status-bar item with this id (`<extension id>.<item id>`). */
  async statusBarItem(id: string): Promise<string> {
    const item = this.page.locator(`[id="${id}"]`);
    await item.waitFor();
    return item.innerText();
  }

  /** Saves a screenshot as test-results/e2e/<step>.png and returns its path. */
  async screenshot(step: string): Promise<string> {
    mkdirSync(resultsDir, { recursive: true });
    const path = join(resultsDir, `${step}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** Polls `check` until it holds (generous by default: the workbench runs on two cores in CI). */
export async function expectEventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = timeout): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
