// Code actions for Keywarden diagnostics: move to the keychain / .env (server commands), ignore (a text
// edit), add to baseline (a server command), and "move all" for the file.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { Commands, type AddToBaselineArgs, type MoveAllArgs, type MoveSecretArgs } from '../shared/protocol';
import { isKeywardenDiagnostic } from './diagnostics';
import { lookupInfo } from './env-lookup';
import { ignoreEdit } from './ignore-edit';
import { uriToPath } from './paths';
import type { ServerContext } from './context';

export function codeActions(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc) return [];
  const only = params.context.only;
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k))) return [];
  const uri = doc.uri;
  const path = uriToPath(uri);
  const info = lookupInfo(doc.languageId, path ?? uri, doc.getText());
  const actions: CodeAction[] = [];
  const disabled = (action: CodeAction, reason: string): CodeAction | undefined =>
    ctx.supportsDisabledActions ? { ...action, command: undefined, disabled: { reason } } : undefined;

  for (const d of params.context.diagnostics.filter(isKeywardenDiagnostic)) {
    const data = d.data;
    const name = info.envName(data.suggestedName);
    const args: MoveSecretArgs = { uri, version: doc.version, fingerprint: data.fingerprint, suggestedName: data.suggestedName };
    // Where the written lookup needs the user's part (a YAML loader that must expand it), the title says so.
    const note = info.note ? ` — ${info.note(name)}` : '';
    const keychain = move(`Move ${name} to the OS keychain${note}`, Commands.moveToKeychain, args, d, true);
    const dotenv = move(`Move ${name} to .env${note}`, Commands.moveToDotenv, args, d, false);
    if (data.kind !== 'code') {
      // In a .env the secret is already where it belongs; the only move left is into the keychain.
      actions.push(keychain);
    } else if (info.supported) {
      actions.push(keychain, dotenv);
    } else {
      for (const a of [keychain, dotenv]) {
        const off = disabled(a, info.reason!);
        if (off) actions.push(off);
      }
    }
    if (data.kind === 'dotenv') continue;
    const edit = ignoreEdit(doc, path ?? doc.languageId, data.offset, data.literal);
    if (edit) actions.push({ title: 'Ignore this finding (keywarden:ignore comment)', kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [uri]: [edit] } } });
    const baseline: AddToBaselineArgs = { uri, fingerprint: data.fingerprint };
    actions.push({
      title: 'Add this finding to the baseline',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: 'Add to baseline', command: Commands.addToBaseline, arguments: [baseline] },
    });
  }

  const analysis = ctx.findings.get(uri);
  const movable = analysis && analysis.version === doc.version && analysis.kind === 'code' ? analysis.diagnostics.filter(isKeywardenDiagnostic) : [];
  if (info.supported && movable.length >= 2 && actions.length > 0) {
    const all: MoveAllArgs = { uri, version: doc.version };
    const n = movable.length;
    actions.push(
      move(`Move all ${n} secrets in this file to the OS keychain`, Commands.moveAllToKeychain, all, undefined, false, movable),
      move(`Move all ${n} secrets in this file to .env`, Commands.moveAllToDotenv, all, undefined, false, movable),
    );
  }
  if (!ctx.restricted) return actions;
  // Restricted Mode: the edits in the editor stay; what writes elsewhere is shown disabled, saying why.
  return actions.flatMap((a) => (a.command ? disabled(a, RESTRICTED_REASON) ?? [] : [a]));
}

const RESTRICTED_REASON = 'Restricted Mode: trust this folder to move secrets or edit the baseline';

function move(title: string, command: string, args: MoveSecretArgs | MoveAllArgs, d: Diagnostic | undefined, preferred: boolean, ds?: Diagnostic[]): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: ds ?? (d ? [d] : []),
    isPreferred: preferred || undefined,
    command: { title, command, arguments: [args] },
  };
}
