// Quick fixes that move a secret run the server's commands (server/shared/protocol.ts `Commands`). Before one runs,
// the user confirms or changes the variable name the code will read: the server suggested it from the context.
// Other editors' clients skip this step and the server uses its suggestion.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { Commands, type MoveSecretArgs } from '../server/shared/protocol';

const envName = /^[A-Za-z_][A-Za-z0-9_]*$/;

const destinations: Record<string, string> = {
  [Commands.moveToKeychain]: 'the OS keychain',
  [Commands.moveToDotenv]: '.env',
};

export function moveMiddleware(): Middleware {
  return {
    async executeCommand(command, args, next) {
      const destination = destinations[command];
      const moveArgs = args[0] as MoveSecretArgs | undefined;
      if (!destination || !moveArgs) return next(command, args);
      const name = await askName(moveArgs.suggestedName, destination);
      if (name === undefined) return undefined; // cancelled: nothing stored, nothing edited
      // The server reports the outcome itself (window/showMessage and its log).
      return next(command, [{ ...moveArgs, chosenName: name }, ...args.slice(1)]);
    },
  };
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
