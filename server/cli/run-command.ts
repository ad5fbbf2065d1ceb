// Runs one command and turns what it throws into an exit code and one message. Each command chunk
// (server/cli/chunks/) bundles its own copy, so `instanceof UserError` sees the class its command throws.
import { UserError } from '../errors';
import type { CliCommand, CliIO } from './command';

/** The `run` a chunk exports: its commands, found by name. */
export function commandRunner(commands: CliCommand[]): (name: string, args: string[], io: CliIO) => Promise<number> {
  return (name, args, io) => {
    const command = commands.find((c) => c.name === name);
    if (!command) throw new Error(`no command '${name}' in this chunk (server/cli/commands.ts and chunks/ disagree)`);
    return runCommand(command, args, io);
  };
}

async function runCommand(command: CliCommand, args: string[], io: CliIO): Promise<number> {
  // Only options before `--` are ours: `keywarden run -- node --help` runs node.
  const own = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (own.includes('--help') || own.includes('-h')) {
    io.stdout.write(command.help.trimEnd() + '\n');
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr.write(`keywarden ${command.name}: ${err.describe()}\n`);
      return err.exitCode;
    }
    return internalError(command.name, err, io);
  }
}

/** Unexpected: the message only (no stack with possible values); set KEYWARDEN_DEBUG for more. */
export function internalError(name: string, err: unknown, io: CliIO): number {
  io.stderr.write(`keywarden ${name}: internal error: ${(err as Error).message}\n`);
  if (io.env.KEYWARDEN_DEBUG) io.stderr.write(String((err as Error).stack) + '\n');
  return 2;
}
