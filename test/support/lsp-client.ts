// A real LSP client for tests: spawns `node dist/server.js --stdio` and speaks JSON-RPC over its stdio.
// It answers workspace/configuration, applies workspace/applyEdit to its own copy of each document (then
// sends didChange and writes the file, as an editor would), and records messages and diagnostics.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  FileChangeType,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  WorkDoneProgressCreateRequest,
  type ApplyWorkspaceEditParams,
  type CodeAction,
  type Diagnostic,
  type MessageActionItem,
  type Range,
  type ShowMessageParams,
  type ShowMessageRequestParams,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

const repo = join(__dirname, '..', '..');

export interface Published {
  version?: number;
  diagnostics: Diagnostic[];
  at: number;
}

export interface LspClientOptions {
  root: string;
  env?: NodeJS.ProcessEnv;
  /** The `keywarden` settings section, per resource URI. */
  settings?: (uri: string | undefined) => unknown;
  /** Return false to reject an edit (as an editor whose document changed would). */
  applyEdit?: (params: ApplyWorkspaceEditParams) => boolean;
  /** Picks an action of a window/showMessageRequest; none by default. */
  pickAction?: (params: ShowMessageRequestParams) => MessageActionItem | null;
  initializationOptions?: unknown;
  /** False for a client without workspace/configuration (it pushes settings with didChangeConfiguration). */
  pullConfiguration?: boolean;
  /** Arguments to node; `dist/server.js --stdio` by default. */
  argv?: string[];
}

export class LspClient {
  readonly published = new Map<string, Published[]>();
  readonly messages: ShowMessageParams[] = [];
  readonly messageRequests: ShowMessageRequestParams[] = [];
  readonly logs: string[] = [];
  /** The same lines with their window/logMessage type (1 error, 2 warning, 3 info, 4 log). */
  readonly logLevels: { type: number; message: string }[] = [];
  readonly docs = new Map<string, TextDocument>();
  readonly edits: ApplyWorkspaceEditParams[] = [];
  /** Every other notification from the server ($/progress, keywarden/findingsChanged…), in order. */
  readonly notifications: { method: string; params: unknown }[] = [];
  stderr = '';
  private waiters: (() => void)[] = [];

  constructor(readonly connection: MessageConnection, readonly child: ChildProcess, readonly options: LspClientOptions) {}

  uri(rel: string): string {
    return pathToFileURL(join(this.options.root, rel)).href;
  }

  open(rel: string, languageId: string, text: string): string {
    const uri = this.uri(rel);
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Replaces the whole text (a full-document change). */
  change(uri: string, text: string): number {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.create(uri, doc.languageId, doc.version + 1, text);
    this.docs.set(uri, next);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: next.version },
      contentChanges: [{ text }],
    });
    return next.version;
  }

  /** An incremental change, as editors send while typing. */
  edit(uri: string, range: Range, newText: string): number {
    return this.editAll(uri, [{ range, text: newText }]);
  }

  /** Several incremental changes in one didChange, each range in the text the previous ones left. */
  editAll(uri: string, changes: { range: Range; text: string }[]): number {
    // Updated in place, line offsets shifted, as an editor's model is: a new document per keystroke would
    // recount the lines of the whole text in this process, inside the latency the bench measures.
    const doc = this.docs.get(uri)!;
    TextDocument.update(doc, changes, doc.version + 1);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: doc.version },
      contentChanges: changes,
    });
    return doc.version;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.docs.get(uri)!.version;
  }

  /** Resolves with the first publish for `uri` (after `since` ms) that satisfies `test`. */
  async diagnostics(uri: string, test: (p: Published) => boolean = () => true, timeoutMs = 5000, since = 0): Promise<Published> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = (this.published.get(uri) ?? []).find((p) => p.at >= since && test(p));
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.get(uri)?.map((p) => p.diagnostics.length))}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => { clearTimeout(t); r(); });
      });
    }
  }

  /** Diagnostics for the current version of an open document. */
  current(uri: string): Promise<Diagnostic[]> {
    const version = this.version(uri);
    return this.diagnostics(uri, (p) => p.version === version).then((p) => p.diagnostics);
  }

  codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }) as Promise<CodeAction[]>;
  }

  execute(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  /** Tells the server a file changed on disk (an editor's file watcher would). */
  fileChanged(rel: string): void {
    void this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: this.uri(rel), type: FileChangeType.Changed }] });
  }

  /** didChangeConfiguration; `pushed` is the whole settings object for clients that push. */
  settingsChanged(pushed: unknown = null): void {
    void this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: pushed });
  }

  async waitFor<T>(get: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = get();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 50));
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }

  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

export async function startLsp(options: LspClientOptions): Promise<LspClient> {
  const child = spawn(process.execPath, options.argv ?? [join(repo, 'dist', 'server.js'), '--stdio'], {
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new LspClient(connection, child, options);
  child.stderr!.on('data', (d) => { client.stderr += String(d); });

  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const list = client.published.get(p.uri) ?? [];
    list.push({ version: p.version, diagnostics: p.diagnostics, at: Date.now() });
    client.published.set(p.uri, list);
    client.notify();
  });
  connection.onNotification(ShowMessageNotification.type, (p) => { client.messages.push(p); client.notify(); });
  connection.onNotification((method: string, params: unknown) => { client.notifications.push({ method, params }); client.notify(); });
  connection.onNotification(LogMessageNotification.type, (p) => { client.logs.push(p.message); client.logLevels.push(p); });
  connection.onRequest(ShowMessageRequest.type, (p) => {
    client.messageRequests.push(p);
    client.notify();
    return options.pickAction?.(p) ?? null;
  });
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => options.settings?.(item.scopeUri) ?? {}));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
    client.edits.push(p);
    if (options.applyEdit && !options.applyEdit(p)) return { applied: false, failureReason: 'rejected by the test client' };
    for (const change of p.edit.documentChanges ?? []) {
      if (!('textDocument' in change)) continue;
      const doc = client.docs.get(change.textDocument.uri);
      if (!doc || (change.textDocument.version !== null && change.textDocument.version !== doc.version)) {
        return { applied: false, failureReason: 'document version mismatch' };
      }
      const text = TextDocument.applyEdits(doc, change.edits);
      writeFileSync(new URL(doc.uri), text);
      client.change(doc.uri, text);
    }
    return { applied: true };
  });
  connection.listen();

  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(options.root).href,
    workspaceFolders: [{ uri: pathToFileURL(options.root).href, name: 'project' }],
    initializationOptions: options.initializationOptions,
    capabilities: {
      workspace: {
        configuration: options.pullConfiguration ?? true,
        workspaceFolders: true,
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        didChangeConfiguration: { dynamicRegistration: true },
      },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } }, disabledSupport: true, dataSupport: true, isPreferredSupport: true },
      },
      window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: false } } },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return client;
}
