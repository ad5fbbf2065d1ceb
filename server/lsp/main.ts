// dist/server.js: the Keywarden language server. `node dist/server.js --stdio` (or --node-ipc / --socket=N,
// which vscode-languageserver reads from argv); also started by `keywarden lsp --stdio`.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
