// Every `keywarden` command, in the order `keywarden --help` lists them.
import type { CliCommand } from './command';

// --- detection: scan, baseline ---
import { scanCommand } from './scan';
import { baselineCommand } from './baseline-command';
// (end detection)

// --- vault: keys, rotate, revoke, suspend, resume, run, import, audit, report, hook ---
import { keysCommand } from './vault/keys';
import { resumeKeyCommand, revokeCommand, rotateCommand, suspendKeyCommand } from './vault/lifecycle';
import { runCommand } from './vault/run';
import { importCommand } from './vault/import';
import { auditCommand } from './vault/audit';
import { reportCommand } from './vault/report';
import { hookCommand } from './vault/hook';
// (end vault)

// --- editor: lsp ---
import { lspCommand } from './lsp-command';
// (end editor)

export const commands: CliCommand[] = [
  // detection
  scanCommand,
  baselineCommand,
  // vault
  keysCommand,
  rotateCommand,
  revokeCommand,
  suspendKeyCommand,
  resumeKeyCommand,
  runCommand,
  importCommand,
  auditCommand,
  reportCommand,
  hookCommand,
  // editor
  lspCommand,
];
