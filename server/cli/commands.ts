// Every `keywarden` command, in the order `keywarden --help` lists them.
import type { CliCommand } from './command';

// --- detection: scan, baseline ---
import { scanCommand } from './scan';
import { baselineCommand } from './baseline-command';
// (end detection)

// --- vault: keys, rotate, revoke, suspend, resume, run, import, audit, report, hook ---
// (end vault)

// --- editor: lsp ---
import { lspCommand } from './lsp-command';
// (end editor)

export const commands: CliCommand[] = [
  // detection
  scanCommand,
  baselineCommand,
  // vault
  // editor
  lspCommand,
];
