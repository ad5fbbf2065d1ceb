// The one logger interface: core code takes a Logger as a parameter and never logs a secret value (pass it through
// redact()); the CLI, the language server and the extension each supply one. Here, so the extension needs no server code.
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
