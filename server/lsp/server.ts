// The language server's wiring: documents, settings, diagnostics, code actions, commands, custom requests.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { plural } from '../shared/dates';
import { Commands, FindingsCountRequest, ScanHistoryRequest, ScanWorkspaceRequest, settingsSection, type InitializationOptions } from '../shared/protocol';
import { Analyzer } from './analysis';
import { codeActions } from './code-actions';
import { executeCommand } from './commands';
import { FindingsStore } from './findings-store';
import { IdleCollector } from './idle-gc';
import { registerKeyHandlers } from './keys-handlers';
import { connectionLogger } from './logger';
import { describe, showMessage } from './messages';
import { uriToPath } from './paths';
import { Projects } from './projects';
import { CheckScheduler, type CheckRequest } from './scheduler';
import { SettingsCache } from './settings';
import { scanGitHistory } from './history-scan';
import { checkOnDisk, scanWorkspace } from './workspace-scan';
import { VERSION } from '../version';
import type { ServerContext } from './context';

/** Milliseconds of quiet after a burst of edits before checking (the first edit after a pause is checked at once). */
const DEBOUNCE_MS = 150;

export function startServer(connection: Connection): void {
  let verbose = false;
  const logger = connectionLogger(connection, () => verbose);
  let folders: string[] = [];
  let canPullConfig = false;
  let canRegisterConfig = false;
  let canWatchFiles = false;
  let canRefreshDiagnostics = false;
  let canTrackFolders = false;
  let supportsDisabledActions = false;
  let supportsDocumentChanges = false;
  let supportsRotateKey = false;
  let restricted = false;
  let pushedSettings: unknown = {};

  // Never crash on a stray error and never print a value: messages only, to the client's log.
  process.on('uncaughtException', (err) => logger.error(`unexpected error: ${err.message}`));
  process.on('unhandledRejection', (err) => logger.error(`unexpected rejection: ${(err as Error)?.message ?? String(err)}`));

  const settings = new SettingsCache(
    // Clients without workspace/configuration may push the settings with didChangeConfiguration instead.
    async (uri) => (canPullConfig ? await connection.workspace.getConfiguration({ scopeUri: uri, section: settingsSection }) : pushedSettings),
    (problem) => showMessage(connection, MessageType.Warning, `Keywarden: ${problem}`),
  );
  const reported = new Set<string>();
  const showError = (err: unknown) => {
    const text = describe(err);
    if (reported.has(text)) return;
    reported.add(text);
    showMessage(connection, MessageType.Error, text);
  };
  const projects = new Projects(logger, showError, () => restricted);
  const analyzer = new Analyzer(projects, () => folders, logger, () => restricted);
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    // One change at a time, telling the analyzer where each fell: the next check then reads only around them.
    update(doc, changes, version) {
      for (const change of changes) {
        if ('range' in change) {
          const a = doc.offsetAt(change.range.start);
          const b = doc.offsetAt(change.range.end);
          analyzer.edited(doc.uri, Math.min(a, b), Math.max(a, b), doc.getText().length, version);
        } else analyzer.replaced(doc.uri);
        TextDocument.update(doc, [change], version);
      }
      return doc;
    },
  });
  const findings = new FindingsStore(connection);
  const idleGc = new IdleCollector();

  const check = async (req: CheckRequest) => {
    const doc = documents.get(req.uri);
    if (!doc || doc.version !== req.version) return;
    const started = performance.now();
    const docSettings = await settings.get(req.uri);
    if (!req.isCurrent()) return;
    const analysis = await analyzer.analyze(doc, docSettings, true);
    if (!req.isCurrent()) return;
    findings.publish(analysis, true);
    idleGc.afterCheck();
    logger.debug(`checked ${req.uri} v${req.version}: ${plural(analysis.findings.length, 'finding')} in ${(performance.now() - started).toFixed(1)} ms`);
  };
  const scheduler = new CheckScheduler(check, DEBOUNCE_MS, (err) => logger.error(`check failed: ${(err as Error).message}`));

  const ctx: ServerContext = {
    connection, documents, logger, settings, projects, analyzer, findings, showError,
    folders: () => folders,
    get supportsDisabledActions() { return supportsDisabledActions; },
    get supportsDocumentChanges() { return supportsDocumentChanges; },
    get supportsRotateKey() { return supportsRotateKey; },
    get restricted() { return restricted; },
    recheckAll() {
      for (const doc of documents.all()) scheduler.recheck(doc.uri, doc.version);
      if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
    },
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    canPullConfig = caps.workspace?.configuration === true;
    canRegisterConfig = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canWatchFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canRefreshDiagnostics = caps.workspace?.diagnostics?.refreshSupport === true;
    canTrackFolders = caps.workspace?.workspaceFolders === true;
    supportsDisabledActions = caps.textDocument?.codeAction?.disabledSupport === true;
    supportsDocumentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    const options = params.initializationOptions as InitializationOptions | undefined;
    verbose = options?.verbose === true;
    supportsRotateKey = options?.supportsRotateKey === true;
    restricted = options?.restricted === true;
    if (restricted) logger.info('Restricted Mode: built-in rules only; moves, baseline edits and git wait for workspace trust');
    folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) folders = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        hoverProvider: true, // keys-hover.ts: the inventory entry of an env lookup
        executeCommandProvider: { commands: Commands.all },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'keywarden', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // Only where the client registers dynamically (eglot 1.9 warns about an unsupported registration).
    if (canPullConfig && canRegisterConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: settingsSection });
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.keywarden/*.json' }, { globPattern: '**/.gitignore' }, { globPattern: '**/.env' }, { globPattern: '**/.env.*' }],
      });
    }
    if (canTrackFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        folders = folders.filter((f) => !removed.has(f)).concat(e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p));
        projects.invalidate();
        ctx.recheckAll();
      });
    }
  });
  connection.onDidChangeConfiguration((params) => {
    pushedSettings = (params.settings as Record<string, unknown> | null)?.[settingsSection] ?? {};
    settings.clear();
    ctx.recheckAll();
  });

  connection.onDidChangeWatchedFiles((e) => {
    analyzer.forgetGitState();
    keys.filesChanged(e.changes);
    if (e.changes.some((c) => /[\\/]\.keywarden[\\/][^\\/]+\.json$/.test(c.uri))) {
      projects.invalidate();
      reported.clear();
    }
    ctx.recheckAll();
  });

  // TextDocuments fires onDidChangeContent on open too: the scheduler checks a document it has not seen at once.
  documents.onDidChangeContent((e) => scheduler.changed(e.document.uri, e.document.version));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    scheduler.closed(uri);
    analyzer.forget(uri);
    findings.closed(uri);
    // A file a workspace scan covered goes back to showing its saved text's findings.
    const { project, path } = analyzer.projectFor(uri);
    if (findings.scannedFiles.has(uri) && project && path) {
      settings.get(uri)
        .then((s) => (documents.get(uri) ? undefined : checkOnDisk(ctx, path, project.root, s)))
        .then((analysis) => { if (analysis && !documents.get(uri)) findings.publish(analysis, false); })
        .catch((err: Error) => logger.error(`check of ${uri} failed: ${err.message}`))
        .finally(() => settings.forget(uri));
    } else {
      settings.forget(uri);
    }
  });

  const keys = registerKeyHandlers(ctx); // the Keys sidebar's requests and hover
  connection.onCodeAction((params) => codeActions(ctx, params));
  connection.onExecuteCommand((params) => executeCommand(ctx, params));
  connection.onRequest(ScanWorkspaceRequest.type, (params, token) => scanWorkspace(ctx, params, token));
  // Restricted Mode runs no git: a repository's own git config can run programs.
  connection.onRequest(ScanHistoryRequest.type, (params, token) =>
    restricted ? { findings: [], commits: 0, bytes: 0, durationMs: 0, problems: ['Scanning the git history waits for workspace trust (Restricted Mode)'] } : scanGitHistory(ctx, params, token));
  connection.onRequest(FindingsCountRequest.type, () => findings.counts());

  documents.listen(connection);
  connection.listen();
}
