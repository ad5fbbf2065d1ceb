// The editor chunk (dist/cli-editor.js): the language server behind `keywarden lsp`.
import { commandRunner } from '../run-command';
import { lspCommand } from '../lsp-command';

export const run = commandRunner([lspCommand]);
