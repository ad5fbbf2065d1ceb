// Quick fixes that move a secret run the server's commands (server/shared/protocol.ts `Commands`). Before one runs,
// the user confirms or changes the variable name the code will read: the server suggested it from the context.
// Other editors' clients skip this step and the server uses its suggestion. After a move, keys recorded under the
// default environment (the rule could not tell live from test) get a one-line toast to set it.
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { Commands, KeyActionRequest, type CommandResult, type MoveSecretArgs } from '../server/shared/protocol';
import { pickEnvironment } from './pick-environment';

const envName = /^[A-Za-z_][A-Za-z0-9_]*$/;

const destinations: Record<string, string> = {
  [Commands.moveToKeychain]: 'the OS keychain',
  [Commands.moveToDotenv]: '.env',
};

export function moveMiddleware(client: () => LanguageClient | undefined): Middleware {
  return {
    async executeCommand(command, args, next) {
      const destination = destinations[command];
      const moveArgs = args[0] as MoveSecretArgs | undefined;
      if (!Commands.all.includes(command) || !moveArgs) return next(command, args);
      let sent = args;
      if (destination) {
        const name = await askName(moveArgs.suggestedName, destination);
        if (name === undefined) return undefined; // cancelled: nothing stored, nothing edited
        sent = [{ ...moveArgs, chosenName: name }, ...args.slice(1)];
      }
      // The server reports the outcome itself (window/showMessage and its log).
      const result = (await next(command, sent)) as CommandResult | undefined;
      const c = client();
      if (c && result?.environmentDefaulted?.length) void askEnvironment(c, moveArgs.uri, result.environmentDefaulted);
      return result;
    },
  };
}

/**
 * The rule could not tell live from test, so the server recorded the default: say so in one line and let the
 * user pick (not a blocking prompt: the move is done either way, and the Keys view can change it later too).
 */
async function askEnvironment(client: LanguageClient, uri: string, names: string[]): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri));
  if (!folder) return;
  const pick = 'Set environment…';
  const what = names.length === 1 ? `${names[0]} is` : `${names.join(', ')} are`;
  if ((await vscode.window.showInformationMessage(`Keywarden: ${what} recorded as development; the key does not say which environment it is for.`, pick)) !== pick) return;
  const environment = await pickEnvironment(`Environment of ${names.join(', ')}`);
  if (!environment || environment === 'development') return;
  for (const name of names) {
    const r = await client.sendRequest(KeyActionRequest.type, { folder: folder.uri.toString(), name, action: 'updateMetadata', metadata: { environment } });
    if (!r.ok) void vscode.window.showErrorMessage(r.message);
  }
}

function askName(suggested: string, destination: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: `Keywarden: move the secret to ${destination}`,
    prompt: 'Name of the environment variable the code will read it from',
    value: suggested,
    ignoreFocusOut: true,
    validateInput: (value) =>
      envName.test(value) ? undefined : 'Use letters, digits and _ only, not starting with a digit (e.g. STRIPE_SECRET_KEY).',
  });
}
