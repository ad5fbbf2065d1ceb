import { commands } from './commands';
import type { CliIO } from './command';
import { internalError } from './run-command';
import { VERSION } from '../version';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'keywarden: find hardcoded secrets, move them to the OS keychain or .env, and track key rotation.',
    '',
    'Usage: keywarden <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `keywarden <command> --help` for a command\'s options.',
    'Exit codes: 0 ok, 1 findings or action needed, 2 usage or configuration error.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(VERSION + '\n');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`keywarden: unknown command '${name}'\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await (await command.chunk()).run(name, rest, io);
  } catch (err) {
    // The chunk reports its own command's errors; this is a chunk that failed to load or a bug in it.
    return internalError(name, err, io);
  }
}

if (require.main === module) {
  // `keywarden scan | head`: the reader went away; stop quietly instead of crashing with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // stdin on first use: opening it costs milliseconds that only `run`, `import` and `lsp` need.
  const io: CliIO = { cwd: process.cwd(), env: process.env, get stdin() { return process.stdin; }, stdout: process.stdout, stderr: process.stderr };
  main(process.argv.slice(2), io).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`keywarden: ${(err as Error).message}\n`); process.exitCode = 2; },
  );
}
