// Every `keywarden` command, in the order `keywarden --help` lists them, and the chunk that holds its code.
// A chunk loads only when one of its commands runs (esbuild.mjs bundles each server/cli/chunks/ module on its
// own, dist/cli-<chunk>.js): `--version` and `--help` load none, `scan` loads no LSP, vault or parsers.
import type { CliIO } from './command';

export interface CommandEntry {
  name: string;
  /** One line for `keywarden --help`. */
  summary: string;
  chunk(): Promise<{ run(name: string, args: string[], io: CliIO): Promise<number> }>;
}

const detection = () => import('./chunks/detection.js');
const vault = () => import('./chunks/vault.js');
const editor = () => import('./chunks/editor.js');

export const commands: CommandEntry[] = [
  { name: 'scan', chunk: detection, summary: 'Find hardcoded secrets in files, folders or staged changes (text, JSON or SARIF)' },
  { name: 'baseline', chunk: detection, summary: 'Accept the current findings: write their fingerprints to .keywarden/baseline.json' },
  { name: 'keys', chunk: vault, summary: 'The key inventory: list (with due dates), add, show, reveal, edit, adopt' },
  { name: 'rotate', chunk: vault, summary: 'Rotate a key with an overlap (old value kept until --finish)' },
  { name: 'revoke', chunk: vault, summary: 'Revoke a key: remove its value, keep it in the inventory as revoked' },
  { name: 'suspend', chunk: vault, summary: 'Suspend a key: keep its value but stop injecting it' },
  { name: 'resume', chunk: vault, summary: 'Resume a suspended key' },
  { name: 'run', chunk: vault, summary: 'Run a command with the project\'s keys injected as environment variables' },
  { name: 'import', chunk: vault, summary: 'Move plaintext secrets from a .env file into the OS keychain' },
  { name: 'audit', chunk: vault, summary: 'Show the audit log, or verify its hash chain (audit verify)' },
  { name: 'report', chunk: vault, summary: 'Review the keys: owners, due dates, revoked keys still used, reuse, tracked .env, hardcoded secrets' },
  { name: 'hook', chunk: vault, summary: 'Install a git pre-commit hook that runs `keywarden scan --staged`' },
  { name: 'lsp', chunk: editor, summary: 'Run the language server (diagnostics and quick fixes) for any LSP editor' },
];
