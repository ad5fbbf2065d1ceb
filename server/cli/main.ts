import { commands } from './commands';
import type { CliIO } from './command';
import { UserError } from '../errors';
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
  // Only options before `--` are ours: `keywarden run -- node --help` runs node.
  const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (own.includes('--help') || own.includes('-h')) {
    io.stdout.write(command.help.trimEnd() + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr.write(`keywarden ${name}: ${err.describe()}\n`);
      return err.exitCode;
    }
    // Unexpected: the message only (no stack with possible values); set KEYWARDEN_DEBUG for more.
    io.stderr.write(`keywarden ${name}: internal error: ${(err as Error).message}\n`);
    if (io.env.KEYWARDEN_DEBUG) io.stderr.write(String((err as Error).stack) + '\n');
    return 2;
  }
}

if (require.main === module) {
  // `keywarden scan | head`: the reader went away; stop quietly instead of crashing with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const io: CliIO = { cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  main(process.argv.slice(2), io).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`keywarden: ${(err as Error).message}\n`); process.exitCode = 2; },
  );
}
