// `keywarden lsp --stdio`: the language server for editors other than VS Code (Neovim, Helix, Zed, Emacs).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { UserError } from '../errors';
import { parseCommandArgs } from './args';
import type { CliCommand } from './command';

export const lspCommand: CliCommand = {
  name: 'lsp',
  help: `Usage: keywarden lsp --stdio

Runs the Keywarden language server, speaking the Language Server Protocol over stdin/stdout.
It shows hardcoded secrets as diagnostics in open files and offers quick fixes that move them to the
OS keychain or .env (commands keywarden.moveToKeychain, keywarden.moveToDotenv, …).

Options:
  --stdio                    talk LSP over stdin/stdout (required)
  --clientProcessId=<pid>    accepted for LSP clients that pass it

Settings are read with workspace/configuration, section "keywarden" (enable, severity, exclude,
generic.sensitivity, keychain.service, keychain.timeoutMs).

Neovim (0.11+):
  vim.lsp.config('keywarden', { cmd = { 'keywarden', 'lsp', '--stdio' }, root_markers = { '.git' } })
  vim.lsp.enable('keywarden')
Helix (languages.toml):
  [language-server.keywarden]
  command = "keywarden"
  args = ["lsp", "--stdio"]
`,
  run(args, io) {
    // vscode-languageclient also passes --clientProcessId=<pid>; accepted and left to the client to manage.
    const { values } = parseCommandArgs('lsp', args, { stdio: { type: 'boolean' }, clientProcessId: { type: 'string', valueName: '<pid>' } }, { positionals: false });
    if (!values.stdio) throw new UserError('the language server needs a transport', 'run `keywarden lsp --stdio`');
    const connection = createConnection(ProposedFeatures.all, io.stdin, io.stdout);
    startServer(connection);
    // The server exits the process on the client's `exit` notification; until then it keeps running.
    return new Promise<number>((resolve) => io.stdin.on('end', () => resolve(0)));
  },
};
