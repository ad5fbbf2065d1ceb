// The vault commands' chunk (dist/cli-vault.js): the inventory, the keychain and the audit log.
import { commandRunner } from '../run-command';
import { keysCommand } from '../vault/keys';
import { resumeKeyCommand, revokeCommand, rotateCommand, suspendKeyCommand } from '../vault/lifecycle';
import { runCommand } from '../vault/run';
import { importCommand } from '../vault/import';
import { auditCommand } from '../vault/audit';
import { reportCommand } from '../vault/report';
import { hookCommand } from '../vault/hook';

export const run = commandRunner([keysCommand, rotateCommand, revokeCommand, suspendKeyCommand, resumeKeyCommand, runCommand, importCommand, auditCommand, reportCommand, hookCommand]);
