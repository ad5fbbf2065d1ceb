// What every handler of the language server is given: the connection, the open documents and the shared services.
// Its own module so the handlers and the wiring in server.ts do not import each other.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Logger } from '../log';
import type { Analyzer } from './analysis';
import type { FindingsStore } from './findings-store';
import type { Projects } from './projects';
import type { SettingsCache } from './settings';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  logger: Logger;
  settings: SettingsCache;
  projects: Projects;
  analyzer: Analyzer;
  findings: FindingsStore;
  folders(): readonly string[];
  /** The client shows disabled code actions with a reason (`codeAction.disabledSupport`). */
  supportsDisabledActions: boolean;
  /** The client applies versioned TextDocumentEdits (`workspaceEdit.documentChanges`). */
  supportsDocumentChanges: boolean;
  /** The client handles RotateKeyNotification (`initializationOptions.supportsRotateKey`). */
  supportsRotateKey: boolean;
  /** Restricted Mode (`initializationOptions.restricted`): built-in rules only, no writes, no git. */
  restricted: boolean;
  /** Re-checks every open document now (settings, config or baseline changed). */
  recheckAll(): void;
  /** Shows an error once, as `window/showMessage`. */
  showError(err: unknown): void;
}
