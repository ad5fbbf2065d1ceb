// Moving secrets out of a document: resolve names and plan the edit (nothing written yet), then the vault's
// move transaction (server/vault/move.ts: history, store and verify, .env, inventory), then the edit as one
// versioned WorkspaceEdit, then the audit entry. If any step fails, the transaction undoes itself.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { MessageType, TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../detect';
import { UserError } from '../errors';
import { type CommandResult, type MoveAllArgs, type MoveSecretArgs } from '../shared/protocol';
import { keychainReference, parseDotenv } from '../vault/dotenv';
import { findKey, readInventory } from '../vault/inventory';
import { KeychainUnavailableError, type KeychainStore } from '../vault/keychain';
import { environmentFromHint, MoveTransaction } from '../vault/move';
import type { Vault } from '../vault/vault';
import { ask, describe, exclusive, fail } from './messages';
import { announceMove } from './move-announce';
import { lookupInfo, planReplacements, validName, type Replacement } from './env-lookup';
import { pathToUri, relativePath, uriToPath } from './paths';
import { projectVault } from './projects';
import type { ServerContext } from './context';

export type MoveTarget = 'keychain' | 'dotenv';

const retry = 'try the quick fix again';

/** The secrets of one move, with the names they will be stored under. */
interface Item {
  finding: Finding;
  secret: string;
  /** The name in code (chosen or suggested, maybe suffixed) and the env var it reads. */
  name: string;
  envName: string;
  /** Already stored with this value (keychain entry or .env line): nothing to write. */
  reuse: boolean;
  /** The name asked for, when it differs from `name` because it was taken. */
  wanted?: string;
}

export async function moveSecrets(ctx: ServerContext, target: MoveTarget, args: MoveSecretArgs | MoveAllArgs): Promise<CommandResult> {
  const where = target === 'keychain' ? 'the OS keychain' : '.env';
  let phase: 'prepare' | 'store' | 'edit' = 'prepare';
  let canUseDotenv = false;
  let vault: Vault | undefined;
  let tx: MoveTransaction | undefined;
  try {
    const doc = currentDocument(ctx, args);
    const path = uriToPath(doc.uri);
    const info = lookupInfo(doc.languageId, path ?? doc.uri, doc.getText());
    canUseDotenv = info.supported && !info.dotenv;
    const { project } = ctx.analyzer.projectFor(doc.uri);
    if (!project) throw new UserError('this document belongs to no project folder', 'open the project folder in the editor, then try again');
    if (target === 'dotenv' && info.dotenv) throw new UserError('the secret is already in a .env file', 'use "Move to the OS keychain" to take it out of plain text');
    if (!info.supported) throw new UserError(info.reason!, 'store the secret yourself and change the file by hand');

    const settings = await ctx.settings.get(doc.uri);
    const analysis = await ctx.analyzer.analyze(doc, settings, true); // open: currentDocument is the editor's
    const chosen = 'fingerprint' in args ? analysis.findings.filter((f) => f.fingerprint === args.fingerprint) : analysis.findings;
    if (chosen.length === 0) throw new UserError('this finding is no longer in the document', retry);
    const envFile = join(project.root, '.env');
    const envText = await readText(envFile);
    const envVars = parseDotenv(envText ?? '');
    // Writing under an editor buffer with unsaved changes would make the user pick one version and lose the other.
    const envDoc = info.dotenv ? undefined : ctx.documents.get(pathToUri(envFile));
    if (envDoc && envDoc.getText() !== (envText ?? '')) {
      throw new UserError('.env has unsaved changes in the editor', 'save or revert it, then try again');
    }
    const opened = projectVault(project, settings);
    vault = opened;
    const keychain = target === 'keychain' ? opened.keychain() : undefined;
    const inventory = await readInventory(project.root);

    // Names: the chosen one, else name_2, name_3… — a name already holding another value is never overwritten.
    const items: Item[] = [];
    for (const finding of chosen) {
      const secret = doc.getText().slice(finding.offset, finding.endOffset);
      const wanted = 'fingerprint' in args ? (args.chosenName?.trim() || args.suggestedName) : finding.suggestedName;
      if (!validName.test(wanted)) throw new UserError(`"${wanted}" is not a valid environment variable name`, 'use letters, digits and _, not starting with a digit');
      const taken = (env: string) => {
        const k = findKey(inventory, env);
        return !!k && k.status !== 'revoked' && !opened.matches(secret, k.fingerprint);
      };
      items.push({ ...(await pickName(items, finding, secret, wanted, info.envName, target, envVars, keychain, info.dotenv, taken)), wanted });
    }

    const rs: Replacement[] = items.map((it) => ({ offset: it.finding.offset, endOffset: it.finding.endOffset, literal: it.finding.literal, name: it.name }));
    const plan = await planReplacements(doc.languageId, path ?? doc.uri, doc.getText(), rs);
    if (!plan.ok) throw new UserError(plan.reason, 'store the secret yourself and change the file by hand');
    if (plan.refused.length > 0 && 'fingerprint' in args) throw new UserError(plan.refused[0]!.reason, 'store the secret yourself and change the file by hand');
    // Move all: the secrets that can move go; each one left in place is named with its line and the reason.
    const left = plan.refused.map(({ index, reason }) => `line ${doc.positionAt(items[index]!.finding.offset).line + 1} (${reason})`);
    if (left.length > 0) {
      const kept = new Set(plan.refused.map((r) => r.index));
      items.splice(0, items.length, ...items.filter((_, i) => !kept.has(i)));
    }

    phase = 'store';
    const asked = 'fingerprint' in args ? args.environment : undefined;
    tx = new MoveTransaction(vault, {
      target,
      callerWritesDotenv: info.dotenv, // a .env document being fixed gets its reference through the editor
      audit: { action: 'move', via: 'editor' },
    });
    const outcome = await tx.prepare(items.map((it) => ({
      name: it.envName,
      value: it.secret,
      provider: it.finding.provider,
      environment: asked || environmentFromHint(it.finding.environment),
      origin: path ? { file: relativePath(project.root, path), line: it.finding.line } : undefined,
    })));

    phase = 'edit';
    if (doc.version !== args.version || ctx.documents.get(doc.uri) !== doc) throw changed();
    const edits = plan.edits.map((e) => ({ range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.endOffset) }, newText: e.newText }));
    const edit: WorkspaceEdit = ctx.supportsDocumentChanges
      ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] }
      : { changes: { [doc.uri]: edits } };
    const label = items.length === 1 && items[0] ? `Move ${items[0].envName} to ${where}` : `Move ${items.length} secrets to ${where}`;
    const applied = await ctx.connection.workspace.applyEdit({ label, edit });
    if (!applied.applied) {
      throw new UserError(`the editor did not apply the change${applied.failureReason ? ` (${applied.failureReason})` : ''}; nothing was changed`, retry);
    }
    await tx.commit();
    const names = items.map((i) => i.envName);
    const done = doneMessage(items, target, keychain?.service, info.dotenv);
    const note = info.note ? ` Note: ${names.map((n) => info.note!(n)).join('; ')}.` : '';
    announceMove(ctx, project, outcome, { line: done.line, details: done.details + note + (left.length ? ` Not moved: ${left.join('; ')}.` : '') }, chosen);
    const defaulted = asked ? [] : [...new Set(items.filter((it) => it.finding.environment !== 'live' && it.finding.environment !== 'test').map((it) => it.envName))];
    return { ok: true, names, exposed: outcome.exposed, ...(defaulted.length ? { environmentDefaulted: defaulted } : {}) };
  } catch (err) {
    const undone = tx ? await tx.rollback() : '';
    // A first keychain move creates the project's identity, whose salt changes every fingerprint: if the move
    // fails, it goes too, so that the offered .env move (and any quick fix already shown) still finds its finding.
    if (!undone) vault?.discardNewIdentity();
    const prefix = `Keywarden could not move the secret to ${where}`;
    if (target === 'keychain' && phase !== 'edit' && canUseDotenv && 'fingerprint' in args && err instanceof KeychainUnavailableError) {
      const message = describe(err, prefix) + undone;
      offerDotenv(ctx, args, message);
      return { ok: false, message };
    }
    return fail(ctx, err, prefix, undone);
  } finally {
    vault?.close();
  }
}

/** What happened, for every editor: one line, then the details. */
function doneMessage(items: Item[], target: MoveTarget, service: string | undefined, inDotenvDoc: boolean): { line: string; details: string } {
  const names = items.map((i) => i.envName).join(', ');
  const taken = items.filter((i) => i.wanted && i.wanted !== i.name).map((i) => ` ${i.wanted} was already in use, so it is stored as ${i.envName}.`).join('');
  if (target === 'dotenv') return { line: `Keywarden: moved ${names} to .env (git-ignored, readable only by you).`, details: taken };
  const where = inDotenvDoc ? 'this file now refers to it' : '.env refers to it';
  return { line: `Keywarden: moved ${names} to the OS keychain.`, details: `Stored under the service ${service}; ${where} with keychain:, which keywarden run resolves.${taken}` };
}

function currentDocument(ctx: ServerContext, args: MoveSecretArgs | MoveAllArgs): TextDocument {
  const doc = ctx.documents.get(args.uri);
  if (!doc) throw new UserError('the document is not open in the editor', 'open it and try the quick fix again');
  if (doc.version !== args.version) throw changed();
  return doc;
}

function changed(): UserError {
  return new UserError('the document changed since this fix was offered', retry);
}

async function pickName(
  earlier: Item[], finding: Finding, secret: string, wanted: string, envName: (n: string) => string,
  target: MoveTarget, envVars: Record<string, string>, keychain: KeychainStore | undefined, inDotenvDoc: boolean,
  takenInInventory: (env: string) => boolean,
): Promise<Item> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted}_${n}`;
    const env = envName(name);
    if (takenInInventory(env)) continue;
    const sameBatch = earlier.find((i) => i.envName === env);
    if (sameBatch) {
      if (sameBatch.secret === secret) return { finding, secret, name, envName: env, reuse: true };
      continue;
    }
    const inEnv = envVars[env];
    if (target === 'dotenv') {
      if (inEnv === undefined) return { finding, secret, name, envName: env, reuse: false };
      if (inEnv === secret) return { finding, secret, name, envName: env, reuse: true };
      continue;
    }
    // Keychain: the account must be free or hold this value, and .env must not use the name for something else
    // (in a .env document, its own line for this secret is the one being replaced).
    if (!inDotenvDoc && inEnv !== undefined && inEnv !== keychainReference(env)) continue;
    const stored = await keychain!.get(env);
    if (stored === undefined) return { finding, secret, name, envName: env, reuse: false };
    if (stored === secret) return { finding, secret, name, envName: env, reuse: true };
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${file} (${(err as NodeJS.ErrnoException).code})`, 'check its permissions');
  }
}

/** Shows why the keychain failed and offers the .env move, which runs if the user picks it. */
function offerDotenv(ctx: ServerContext, args: MoveSecretArgs, message: string): void {
  const action = 'Move to .env instead';
  void ask(ctx, MessageType.Error, message, [action]).then(async (picked) => {
    if (picked === action) await exclusive(() => moveSecrets(ctx, 'dotenv', args));
  });
}
