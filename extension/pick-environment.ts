// The one question every path that records a key asks (adding, adopting, after a move that could not tell).
import * as vscode from 'vscode';

/** The environment a key is for, or undefined when the user dismissed the pick. */
export function pickEnvironment(title: string, placeHolder = 'Which environment is this key for?'): Thenable<string | undefined> {
  return vscode.window.showQuickPick(['development', 'staging', 'production'], { title, placeHolder });
}
