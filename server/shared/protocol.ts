/* eslint-disable @typescript-eslint/no-namespace -- one namespace per message, as vscode-eslint and rust-analyzer do */
// Custom LSP messages and command ids shared by the language server and the VS Code extension.
// Everything here is also usable by other editors' LSP clients: the commands are ordinary
// `workspace/executeCommand` ids the server registers in `executeCommandProvider`.
import { NotificationType, RequestType, RequestType0 } from 'vscode-jsonrpc';

/** `diagnostic.source` of every Keywarden diagnostic. */
export const diagnosticSource = 'keywarden';

/** Settings section the server pulls per resource with `workspace/configuration`. */
export const settingsSection = 'keywarden';

/** What a Keywarden diagnostic carries in `diagnostic.data` for its code actions. Never the secret value. */
export interface DiagnosticData {
  ruleId: string;
  fingerprint: string;
  suggestedName: string;
  /** 0-based offsets of the secret, and of the whole string literal (quotes included) when there is one. */
  offset: number;
  endOffset: number;
  literal?: { offset: number; endOffset: number };
  /**
   * `code`: a secret in source; `dotenv`: in a git-ignored .env (a hint); `trackedDotenv`: in a .env git tracks;
   * `unignoredDotenv`: in a .env git neither tracks nor ignores.
   */
  kind: 'code' | 'dotenv' | 'trackedDotenv' | 'unignoredDotenv';
}

/**
 * Command ids the server executes (`workspace/executeCommand`). Code actions carry them.
 * The VS Code extension intercepts moveToKeychain/moveToDotenv in its client middleware to ask for the
 * name in an input box and fills `chosenName`; it must not register these ids itself (the client does).
 */
export namespace Commands {
  /** Args: [MoveSecretArgs]. Stores the secret in the OS keychain, writes `NAME=keychain:NAME` to .env, edits the file. */
  export const moveToKeychain = 'keywarden.moveToKeychain';
  /** Args: [MoveSecretArgs]. Writes `NAME=value` to the project's .env (0600, git-ignored), edits the file. */
  export const moveToDotenv = 'keywarden.moveToDotenv';
  /** Args: [MoveAllArgs]. Every secret in the file to the keychain, one edit. */
  export const moveAllToKeychain = 'keywarden.moveAllToKeychain';
  /** Args: [MoveAllArgs]. Every secret in the file to .env, one edit. */
  export const moveAllToDotenv = 'keywarden.moveAllToDotenv';
  /** Args: [AddToBaselineArgs]. Adds the finding to `.keywarden/baseline.json` and re-publishes diagnostics. */
  export const addToBaseline = 'keywarden.addToBaseline';
  export const all = [moveToKeychain, moveToDotenv, moveAllToKeychain, moveAllToDotenv, addToBaseline];
}

export interface MoveSecretArgs {
  uri: string;
  /** The document version the code action was computed for; the server refuses if it changed since. */
  version: number;
  fingerprint: string;
  suggestedName: string;
  /** The name the user chose (the extension's input box); `suggestedName` is used when absent. */
  chosenName?: string;
  /** The environment to record (development, staging, production…); from the rule's live/test hint when absent. */
  environment?: string;
}

export interface MoveAllArgs {
  uri: string;
  version: number;
}

export interface AddToBaselineArgs {
  uri: string;
  fingerprint: string;
}

/** What a command returns to the client (`workspace/executeCommand` result). */
export interface CommandResult {
  ok: boolean;
  /** Names the secrets were stored under (after any suffixing), in order. */
  names?: string[];
  /** Why it failed, already shown to the user with `window/showMessage`. Never a secret value. */
  message?: string;
  /** Of `names`, those whose value git history holds: recorded as exposed, to rotate now. */
  exposed?: string[];
  /**
   * Of `names`, those recorded under the default environment (development) because neither the rule (live/test)
   * nor the client said which: a client may ask and send `keywarden/keyAction` updateMetadata; else it stays.
   */
  environmentDefaulted?: string[];
}

/**
 * `initializationOptions` a client may send. `supportsRotateKey`: the client handles RotateKeyNotification
 * (asks for the new value and sends `keywarden/keyAction` rotate), so the server offers "Rotate…" after a move.
 */
export interface InitializationOptions {
  verbose?: boolean;
  supportsRotateKey?: boolean;
  /**
   * The workspace is not trusted (VS Code's Restricted Mode): detect with the built-in rules only, and refuse
   * whatever a repository could abuse: its custom regexes, writes (keychain, .env, baseline) and running git.
   */
  restricted?: boolean;
}

// server → client: the user picked "Rotate…" on a message about an exposed key; start the rotation dialog.
export namespace RotateKeyNotification {
  export const method = 'keywarden/rotateKey';
  export const type = new NotificationType<{ folder: string; name: string }>(method);
}

/** Finding counts; `open` covers open documents, `all` adds files published by a workspace scan. */
export interface FindingsCounts {
  open: SeverityCounts;
  all: SeverityCounts;
}

export interface SeverityCounts {
  files: number;
  findings: number;
  error: number;
  warning: number;
  info: number;
  hint: number;
}

// client → server: scan every workspace folder (or the given ones) and publish diagnostics for files with
// findings. Supports a `workDoneToken` ($/progress) and `$/cancelRequest`.
export namespace ScanWorkspaceRequest {
  export const method = 'keywarden/scanWorkspace';
  export const type = new RequestType<ScanWorkspaceParams, ScanWorkspaceResult, void>(method);
}

export interface ScanWorkspaceParams {
  /** Folder URIs; all workspace folders when absent. */
  folders?: string[];
  workDoneToken?: string | number;
}

export interface ScanWorkspaceResult {
  filesScanned: number;
  filesWithFindings: number;
  findings: number;
  cancelled: boolean;
  durationMs: number;
}

// client → server: scan the git history of every workspace folder (or the given ones): the secrets any commit
// added, each once at its first commit. Supports a `workDoneToken` ($/progress) and `$/cancelRequest`.
export namespace ScanHistoryRequest {
  export const method = 'keywarden/scanHistory';
  export const type = new RequestType<ScanWorkspaceParams, ScanHistoryResult, void>(method);
}

export interface ScanHistoryResult {
  findings: HistorySecret[];
  commits: number;
  /** Bytes of patch text read. */
  bytes: number;
  durationMs: number;
  /** Folders that could not be scanned (not a git repository…), with why. */
  problems: string[];
}

/** A secret some commit added; never its value. */
export interface HistorySecret {
  /** The workspace folder's URI and the file relative to it, as of the commit. */
  folder: string;
  file: string;
  /** 1-based line in that commit's version of the file. */
  line: number;
  ruleId: string;
  description: string;
  redacted: string;
  commit: string;
  author: string;
  date: string;
  /** How many commits added it. */
  commits: number;
}

// client → server: current finding counts (for the status bar on start-up).
export namespace FindingsCountRequest {
  export const method = 'keywarden/findingsCount';
  export const type = new RequestType0<FindingsCounts, void>(method);
}

// server → client: finding counts changed (sent after each publish that changes them).
export namespace FindingsChangedNotification {
  export const method = 'keywarden/findingsChanged';
  export const type = new NotificationType<FindingsCounts>(method);
}

// Key inventory requests for the sidebar.

// --- keys sidebar ---
import type { Location } from 'vscode-languageserver-types';
import type { GroupBy, KeysView } from './keys-view-types';
// The Keys and Findings views get everything through these messages; the server computes the view
// model (server/keys-view) so other editors can show the same thing. No message carries a secret value except
// a rotate's `newValue` (client → server) and a reveal's `value` (server → client), which nothing logs.

// client → server: the folder's inventory as the Keys view shows it, or an error item for a bad inventory.
export namespace KeysRequest {
  export const method = 'keywarden/keys';
  export const type = new RequestType<KeysParams, KeysResult, void>(method);
}

export interface KeysParams {
  /** Workspace folder URI. */
  folder: string;
  groupBy?: GroupBy;
}

export interface KeysResult extends KeysView {
  /** False when the folder has no `.keywarden/keys.json` yet (the view shows its welcome content). */
  hasInventory: boolean;
  /** URI of the audit log (Open Audit Log). */
  auditLogUri: string;
}

// server → client: `.keywarden/keys.json` or a `.env` changed on disk in these folders; ask again.
export namespace KeysChangedNotification {
  export const method = 'keywarden/keysChanged';
  export const type = new NotificationType<{ folders: string[] }>(method);
}

// client → server: one lifecycle step on a key, through the vault (audited there).
export namespace KeyActionRequest {
  export const method = 'keywarden/keyAction';
  export const type = new RequestType<KeyActionParams, KeyActionResult, void>(method);
}

export type KeyAction =
  | { action: 'rotate'; newValue: string; overlapDays?: number }
  | { action: 'finish' }
  | { action: 'revoke'; reason: string }
  | { action: 'suspend' }
  | { action: 'resume' }
  | { action: 'reveal' }
  | { action: 'updateMetadata'; metadata: KeyMetadataUpdate };

export type KeyActionParams = { folder: string; name: string } & KeyAction;

export interface KeyMetadataUpdate {
  owner?: string;
  purpose?: string;
  scope?: string[];
  environment?: string;
  rotationDays?: number;
}

export interface KeyActionResult {
  ok: boolean;
  /** What happened, or what went wrong and what to do. Never a secret value. */
  message: string;
  /** Only for `reveal`: the value, for the clipboard. */
  value?: string;
}

// client → server: the env lookups of a key name in the folder (`process.env.NAME`, `os.environ["NAME"]`, …).
export namespace KeyReferencesRequest {
  export const method = 'keywarden/findReferences';
  export const type = new RequestType<{ folder: string; name: string }, Location[], void>(method);
}

// client → server: keys present in the folder's `.env` files but not in the inventory.
export namespace UntrackedKeysRequest {
  export const method = 'keywarden/untrackedKeys';
  export const type = new RequestType<{ folder: string }, UntrackedKey[], void>(method);
}

export interface UntrackedKey {
  name: string;
  /** The `.env` file's URI and the 0-based line of the key. */
  uri: string;
  line: number;
  /** Provider guessed from the name (STRIPE_… → stripe), or `unknown`. */
  provider: string;
}

// client → server: add an untracked `.env` key to the inventory (its value stays where it is).
export namespace AdoptKeyRequest {
  export const method = 'keywarden/adoptKey';
  export const type = new RequestType<AdoptKeyParams, KeyActionResult, void>(method);
}

/** The VS Code command a hover's "Adopt" link runs, with `[{ folder, key: UntrackedKey }]` (folder: a URI). */
export const adoptCommand = 'keywarden.findings.adopt';
export interface AdoptCommandArgs {
  folder: string;
  key: UntrackedKey;
}

export interface AdoptKeyParams {
  folder: string;
  name: string;
  /** URI of the `.env` file that holds it. */
  uri: string;
  environment?: string;
  owner?: string;
}
// (end keys sidebar)
