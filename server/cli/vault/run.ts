// `keywarden run -- <command>`: starts a command with the project's active keys in its environment.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { basename } from 'node:path';
import { constants } from 'node:os';
import { finished } from 'node:stream/promises';
import { UserError } from '../../errors';
import { stderrLogger } from '../../log';
import { recordUse, resolveInjection } from '../../vault/inject';
import { createRedactStream } from '../../vault/redact-stream';
import { parseCommandArgs, type OptionDefs } from '../args';
import type { CliCommand, CliIO } from '../command';
import { rootHelp, rootOption, withVault } from './common';

const options = {
  env: { type: 'string', valueName: '<environment>' },
  redact: { type: 'boolean' },
  override: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  ...rootOption,
} as const satisfies OptionDefs;

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const help = `Usage: keywarden run [--env <environment>] [--redact] [--override] -- <command> [args…]

Starts <command> with the project's active keys as environment variables: the keychain keys in the
inventory, and every variable in .env (a line NAME=keychain:NAME is read from the keychain). Suspended and
revoked keys are left out. Variables already set in your environment win, unless --override. Records the
keys' lastUsed and a 'run' audit entry (names only) when it injects inventory keys; a project with none
gets no .keywarden/ state. Exit code and signals are passed through.

Options:
  --env <environment>       Only inventory keys of this environment (e.g. production); variables in
                            .env that the inventory does not list are still passed
  --redact                  Mask the injected values (4+ characters) in the command's stdout and stderr,
                            also as base64, hex, URL or JSON escapes, and 12+ character prefixes
  --override                Injected values replace variables already set
  -v, --verbose             Say which keys were left out and why (names only)
${rootHelp}

Examples:
  keywarden run -- npm start
  keywarden run --env production --redact -- node scripts/charge.js
`;

export const runCommand: CliCommand = {
  name: 'run',
  help,
  async run(args, io) {
    const dash = args.indexOf('--');
    const own = dash === -1 ? args : args.slice(0, dash);
    const { values, positionals } = parseCommandArgs('run', own, options);
    const command = dash === -1 ? positionals : [...positionals, ...args.slice(dash + 1)];
    const [program, ...programArgs] = command;
    if (program === undefined) throw new UserError('no command to run', 'e.g. `keywarden run -- npm start`');
    const logger = stderrLogger(values.verbose);

    const { env, injected } = await withVault(io, values.root, async (vault) => {
      const injection = await resolveInjection(vault, { environment: values.env, logger });
      const childEnv: NodeJS.ProcessEnv = { ...io.env };
      const used: string[] = [];
      const injectedValues: string[] = [];
      for (const [name, value] of Object.entries(injection.vars)) {
        if (childEnv[name] !== undefined && !values.override) {
          logger.debug(`not injecting ${name}: already set in the environment (use --override)`);
          continue;
        }
        childEnv[name] = value;
        injectedValues.push(value);
        if (injection.keys.includes(name)) used.push(name);
      }
      const unrecorded = await recordUse(vault, used, { command: basename(program), environment: values.env ?? 'all' });
      if (unrecorded.length > 0) logger.warn(`this run was not recorded: ${unrecorded.join('; ')}; the program runs anyway`);
      logger.info(`injecting ${injectedValues.length} variable${injectedValues.length === 1 ? '' : 's'}`);
      return { env: childEnv, injected: injectedValues };
    });

    return runChild(program, programArgs, env, values.redact ? injected : undefined, io);
  },
};

async function runChild(program: string, args: string[], env: NodeJS.ProcessEnv, redact: string[] | undefined, io: CliIO): Promise<number> {
  const child = spawn(program, args, { env, cwd: io.cwd, stdio: redact ? ['inherit', 'pipe', 'pipe'] : 'inherit' });
  // Ctrl-C in a terminal reaches the child directly (same process group): forwarding it too would make a
  // child with graceful shutdown see two. Signals sent to keywarden alone are passed on.
  const fromTerminal = io.stdin.isTTY === true;
  const forward = (signal: NodeJS.Signals) => () => { if (!(signal === 'SIGINT' && fromTerminal)) child.kill(signal); };
  const handlers = FORWARDED.map((s) => [s, forward(s)] as const);
  for (const [s, h] of handlers) process.on(s, h);
  const piped: Promise<void>[] = [];
  if (redact) {
    for (const [from, to] of [[child.stdout!, io.stdout], [child.stderr!, io.stderr]] as const) {
      const masker = createRedactStream(redact);
      from.pipe(masker).pipe(to, { end: false });
      piped.push(finished(masker));
    }
  }
  try {
    const [code, signal] = await Promise.race([
      once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>,
      once(child, 'error').then(([err]) => {
        const e = err as NodeJS.ErrnoException;
        throw new UserError(e.code === 'ENOENT' ? `command not found: ${program}` : `cannot start ${program}: ${e.code ?? e.message}`, 'check the command after `--`');
      }),
    ]);
    await Promise.all(piped);
    if (signal) {
      // Die the same way the child did, so callers (shells, CI) see the signal.
      for (const [s, h] of handlers) process.off(s, h);
      if (io.stdout === process.stdout) process.kill(process.pid, signal);
      return 128 + (constants.signals[signal] ?? 0);
    }
    return code ?? 1;
  } finally {
    for (const [s, h] of handlers) process.off(s, h);
  }
}
