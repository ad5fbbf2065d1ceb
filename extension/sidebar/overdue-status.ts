// "2 keys overdue" in the status bar, and at most one notification a day when keys are overdue or due soon,
// with Show and Snooze. The last notice date and the snooze end are kept in globalState across windows.
import * as vscode from 'vscode';
import { plural } from '../../server/shared/dates';
import type { KeysResult } from '../../server/shared/protocol';

const lastNoticeKey = 'keywarden.keys.lastDueNotice';
const snoozeUntilKey = 'keywarden.keys.snoozeUntil';
const snoozeDays = 7;

export class OverdueStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('keywarden.overdue', vscode.StatusBarAlignment.Left, 10);

  constructor(private readonly state: vscode.Memento) {
    this.item.name = 'Keywarden: overdue keys';
    this.item.command = 'keywarden.keys.focus';
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
  }

  /** Called with every folder's answer after the Keys view loads. */
  update(results: Map<string, KeysResult>, now = new Date()): void {
    const answers = [...results.values()];
    const exposed = answers.reduce((n, r) => n + r.exposedCount, 0);
    const overdue = answers.reduce((n, r) => n + r.overdueCount, 0);
    const dueSoon = answers.reduce((n, r) => n + r.dueSoonCount, 0);
    if (exposed + overdue > 0) {
      const parts = [exposed ? `${plural(exposed, 'key')} exposed` : '', overdue ? `${plural(overdue, 'key')} overdue` : ''].filter(Boolean);
      this.item.text = `$(warning) ${parts.join(', ')}`;
      this.item.tooltip = [
        exposed ? 'Exposed: committed to git, so anyone with a copy of the repository has them; rotate them now.' : '',
        overdue ? 'Overdue: past their rotation date or expired.' : '',
        'Click to see them.',
      ].filter(Boolean).join('\n');
      this.item.show();
    } else {
      this.item.hide();
    }
    if (overdue + dueSoon > 0) void this.notify(overdue, dueSoon, now);
    this.item.name = 'Keywarden: exposed and overdue keys';
  }

  private async notify(overdue: number, dueSoon: number, now: Date): Promise<void> {
    const today = now.toISOString().slice(0, 10);
    const snoozedUntil = this.state.get<string>(snoozeUntilKey);
    if (this.state.get<string>(lastNoticeKey) === today || (snoozedUntil && snoozedUntil > today)) return;
    await this.state.update(lastNoticeKey, today);
    const parts = [overdue ? `${plural(overdue, 'key')} overdue` : '', dueSoon ? `${plural(dueSoon, 'key')} due soon` : ''];
    const show = 'Show';
    const snooze = `Snooze ${snoozeDays} days`;
    const answer = await vscode.window.showWarningMessage(
      `Keywarden: ${parts.filter(Boolean).join(' and ')} for rotation.`,
      show,
      snooze,
    );
    if (answer === show) await vscode.commands.executeCommand('keywarden.keys.focus');
    if (answer === snooze) {
      const until = new Date(now.getTime() + snoozeDays * 86_400_000).toISOString().slice(0, 10);
      await this.state.update(snoozeUntilKey, until);
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
