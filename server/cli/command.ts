import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes; tests pass their own. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

/** One `keywarden <name>` command (its one-line summary is in commands.ts). `run` returns the exit code (0 ok, 1 findings/action needed, 2 usage). */
export interface CliCommand {
  name: string;
  /** Full text for `keywarden <name> --help`. */
  help: string;
  run(args: string[], io: CliIO): Promise<number>;
}
