// After a move: one line that says what happened. When git history holds a moved value it says so plainly and
// offers what to do next: "Rotate…" (clients that handle RotateKeyNotification) and the provider's page.
import { MessageType } from 'vscode-languageserver/node';
import type { Finding } from '../detect';
import { plural, shortDate } from '../shared/dates';
import { RotateKeyNotification } from '../shared/protocol';
import type { MoveOutcome } from '../vault/move';
import { ruleDocs } from './diagnostics';
import { ask, notify } from './messages';
import { withDetails } from '../shared/toast';
import { pathToUri } from './paths';
import type { Project } from './projects';
import type { ServerContext } from './context';

const ROTATE = 'Rotate…';

export function announceMove(ctx: ServerContext, project: Project, outcome: MoveOutcome, done: { line: string; details: string }, findings: Finding[]): void {
  const unchecked = outcome.historyUnchecked ? ` Git history was not searched (${outcome.historyUnchecked}); use Scan Git History.` : '';
  const exposed = outcome.records.filter((r) => r.exposed && outcome.exposed.includes(r.name));
  const [first] = exposed;
  if (!first) {
    notify(ctx, unchecked ? MessageType.Warning : MessageType.Info, withDetails(done.line, done.details + unchecked));
    return;
  }
  const now = new Date();
  // The toast line is what matters most: committed, so rotate; where it went comes after.
  const names = exposed.map((r) => r.name);
  const line = `Keywarden: ${names.join(', ')} ${names.length === 1 ? 'was' : 'were'} committed to git: rotate ${names.length === 1 ? 'it' : 'them'} now.`;
  const what = exposed.map((r) => `${r.name} was committed to git (${r.exposed!.firstCommit.slice(0, 7)}, ${shortDate(new Date(r.exposed!.firstSeen), now)}, ${plural(r.exposed!.commits, 'commit')})`).join('; ');
  const message = withDetails(line, `${what}: anyone with a copy of the repository has it, so rotate it now. ${done.line.replace(/^Keywarden: /, '')} ${done.details}${unchecked}`);
  const actions: Array<{ title: string; run(): void }> = [];
  const { name, provider } = first;
  if (ctx.supportsRotateKey) {
    actions.push({ title: ROTATE, run: () => void ctx.connection.sendNotification(RotateKeyNotification.type, { folder: pathToUri(project.root), name }) });
  }
  const page = findings.map((f) => ruleDocs(f.ruleId)).find(Boolean);
  if (page) actions.push({ title: `Open ${provider} page`, run: () => void ctx.connection.window.showDocument({ uri: page, external: true }) });
  // Not awaited: the command's result does not wait for the user to read the message.
  void ask(ctx, MessageType.Warning, message, actions.map((a) => a.title)).then((picked) => actions.find((a) => a.title === picked)?.run());
}
