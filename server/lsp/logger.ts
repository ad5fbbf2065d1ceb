// The server's Logger (server/log.ts) over the LSP connection: lines go to the client's log
// (`window/logMessage`), the VS Code output channel or another editor's LSP log. Never a secret value.
import type { Connection } from 'vscode-languageserver/node';
import type { Logger } from '../log';

export function connectionLogger(connection: Connection, verbose: () => boolean): Logger {
  return {
    debug: (m) => { if (verbose()) connection.console.log(m); },
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
}
