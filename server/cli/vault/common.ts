// What every vault command shares: the project root and its vault, reading a secret value without argv,
// and small formatting helpers.
import { resolve } from 'node:path';
import { UserError } from '../../errors';
import { KeychainUnavailableError } from '../../vault/keychain';
import { openVault, type Vault } from '../../vault/vault';
import type { OptionDefs } from '../args';
import type { CliIO } from '../command';
import { findRoot } from '../project';
import { printable } from '../../printable';

export const rootOption = {
  root: { type: 'string', valueName: '<dir>' },
} as const satisfies OptionDefs;

export const rootHelp = `  --root <dir>              The project root (default: the nearest folder with .keywarden/ or .git)`;

/** The vault of the project around `io.cwd` (or `--root`). KEYWARDEN_KEYCHAIN_TIMEOUT_MS sets the per-call bound. */
export function openCliVault(io: CliIO, root?: string): Vault {
  const timeout = Number(io.env.KEYWARDEN_KEYCHAIN_TIMEOUT_MS);
  return openVault({
    root: root ? resolve(io.cwd, root) : findRoot(io.cwd, []),
    env: io.env,
    keychainTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined,
    onNotice: (line) => io.stderr.write(`keywarden: ${line}\n`),
  });
}

/**
 * Runs `fn` with the project's vault and always stops its keychain worker afterwards. A command that fails
 * (no keychain, say) leaves no project identity it created and never used.
 */
export async function withVault<T>(io: CliIO, root: string | undefined, fn: (vault: Vault) => Promise<T>): Promise<T> {
  const vault = openCliVault(io, root);
  try {
    return await fn(vault);
  } catch (err) {
    vault.discardNewIdentity();
    throw err;
  } finally {
    vault.close();
  }
}

/**
 * `work`, with a keychain failure advising this command's own fallback after what brings the keychain back
 * (the vault's "keep the secret in .env" is no advice to a command that moves secrets out of it).
 */
export function withKeychainFallback<T>(work: Promise<T>, fallback: string): Promise<T> {
  return work.catch((err: unknown) => {
    if (!(err instanceof KeychainUnavailableError)) throw err;
    throw new UserError(err.message, `${err.remedy}, ${fallback}`);
  });
}

/** Exactly one NAME positional. */
export function oneName(command: string, positionals: string[]): string {
  const [name] = positionals;
  if (name === undefined || positionals.length !== 1) {
    throw new UserError(`${positionals.length === 0 ? 'a key name is required' : 'only one key name is allowed'}`, `Run \`keywarden ${command} --help\` for the usage.`);
  }
  return name;
}

/**
 * A secret value: typed at a hidden prompt when stdin is a terminal, else read whole from stdin (one trailing
 * line break removed). Never from argv, so it stays out of shell history and `ps`.
 */
export async function readSecret(io: CliIO, prompt: string): Promise<string> {
  const value = io.stdin.isTTY ? await promptHidden(io, prompt) : await readAll(io);
  if (value === '') throw new UserError('no value was given', 'type it at the prompt, or pipe it: `printf %s "$VALUE" | keywarden …`');
  return value;
}

async function readAll(io: CliIO): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function promptHidden(io: CliIO, prompt: string): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  // Echo goes off before the prompt appears, so nothing typed (or pasted) early is shown.
  stdin.setRawMode(true);
  io.stderr.write(prompt);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolvePromise, reject) => {
    let chars: string[] = [];
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      io.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') { finish(); resolvePromise(chars.join('')); return; }
        if (ch === '\u0003') { finish(); reject(new UserError('cancelled', 'nothing was changed')); return; }
        if (ch === '\u007f' || ch === '\b') chars = chars.slice(0, -1);
        else chars.push(ch);
      }
    };
    stdin.on('data', onData);
  });
}

/** A plain table: columns padded to their widest cell. */
export function table(raw: string[][]): string {
  // Cells come from the inventory and the audit log, which anyone with the repository can edit.
  const rows = raw.map((r) => r.map(printable));
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd()).join('\n') + '\n';
}

/** "in 12 days", "today", "5 days ago". */
export function inDays(days: number): string {
  if (days === 0) return 'today';
  if (days > 0) return `in ${days} day${days === 1 ? '' : 's'}`;
  return `${-days} day${days === -1 ? '' : 's'} ago`;
}
