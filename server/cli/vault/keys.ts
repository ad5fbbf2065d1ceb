// `keywarden keys list|add|show|reveal`: the inventory from the terminal.
import { UserError } from '../../errors';
import { daysUntil, dueDate, dueState, needsAction } from '../../vault/due';
import type { DueState } from '../../shared/keys-view-types';
import { readInventory, requireKey, type KeyRecord } from '../../vault/inventory';
import { addKey, adoptKey, revealKey, updateKeyMetadata, type KeyMetadata } from '../../vault/lifecycle';
import type { Vault } from '../../vault/vault';
import { parseCommandArgs, type OptionDefs, type ParsedValues } from '../args';
import type { CliCommand, CliIO } from '../command';
import { inDays, oneName, readSecret, rootHelp, rootOption, table, withKeychainFallback, withVault } from './common';

const listOptions = { json: { type: 'boolean' }, due: { type: 'boolean' }, ...rootOption } as const satisfies OptionDefs;
const addOptions = {
  provider: { type: 'string', valueName: '<name>' },
  env: { type: 'string', valueName: '<environment>' },
  owner: { type: 'string', valueName: '<who>' },
  scope: { type: 'string', valueName: '<a,b>' },
  purpose: { type: 'string', valueName: '<text>' },
  service: { type: 'string', valueName: '<name>' },
  'rotation-days': { type: 'string', valueName: '<N>' },
  expires: { type: 'string', valueName: '<YYYY-MM-DD>' },
  storage: { type: 'string', choices: ['keychain', 'dotenv'] },
  ...rootOption,
} as const satisfies OptionDefs;
const { storage: _storage, ...editOptions } = addOptions;
const revealOptions = { force: { type: 'boolean' }, ...rootOption } as const satisfies OptionDefs;

const help = `Usage: keywarden keys <list|add|show|reveal|match|edit|adopt> [options]

The project's key inventory (.keywarden/keys.json: metadata and fingerprints, never values).

  keys list [--json] [--due]
      A table of name, environment, owner, storage, status and due date. --due lists only keys that are
      overdue, expired or due soon. --json prints the records with their due date and state.

  keys add NAME --provider <name> --env <environment> --owner <who> [--scope a,b] [--purpose <text>]
           [--service <name>] [--rotation-days N] [--expires YYYY-MM-DD] [--storage keychain|dotenv]
      Adds a key. The value is typed at a hidden prompt, or read from stdin when it is piped; never from
      the command line. Stored in the OS keychain (service keywarden:<project>:<id>, account NAME) by default,
      or in .env (made git-ignored; refused if git tracks it). Rotation days default to the config's
      rotation.defaultDays (production: rotation.productionDays), else 90.

  keys show NAME
      The key's metadata. No value.

  keys edit NAME [--owner <who>] [--purpose <text>] [--scope a,b] [--env …] [--provider …] [--service …]
           [--rotation-days N] [--expires YYYY-MM-DD]
      Changes metadata only (an empty value clears owner, purpose or service).

  keys adopt NAME --provider <name> --env <environment> [--owner <who>] …
      Adds a key that .env already holds (a plain value, or NAME=keychain:NAME) to the inventory as it is.

  keys match NAME
      Checks a value you hold (hidden prompt or stdin) against the key's fingerprint, keyed with this
      project's salt: exit 0 when it is the current or previous value, 1 when not. Nothing is stored.

  keys reveal NAME [--force]
      Prints the value, and records that in the audit log. Refuses when stdout is not a terminal
      (a pipe or a file could keep it) unless --force.

${rootHelp}

Exit codes: 0 ok, 2 usage or configuration error (unknown key, no keychain, bad inventory).

Examples:
  keywarden keys add STRIPE_SECRET_KEY --provider stripe --env production --owner payments@example.com
  printf %s "$TOKEN" | keywarden keys add GITHUB_TOKEN --provider github --env development --owner me
  keywarden keys list --due
`;

function row(key: KeyRecord, vault: Vault): { due: Date; state: DueState; dueText: string } {
  const now = vault.now();
  const state = dueState(key, now, { dueSoonDays: vault.rotation.dueSoonDays });
  const due = dueDate(key);
  let dueText = `${due.toISOString().slice(0, 10)} (${inDays(daysUntil(due, now))})`;
  if (state === 'rotating' && key.previous) dueText = `previous revoked ${key.previous.revokeAfter.slice(0, 10)}`;
  if (state === 'revoked' || state === 'suspended') dueText = '-';
  return { due, state, dueText };
}

async function list(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('keys list', args, listOptions, { positionals: false });
  return withVault(io, values.root, async (vault) => {
    const inv = await readInventory(vault.root);
    const keys = inv.keys
      .map((k) => ({ k, ...row(k, vault) }))
      .filter((r) => !values.due || needsAction(r.state))
      // Exposed keys first: they need rotating now, whatever their date.
      .sort((a, b) => Number(b.state === 'exposed') - Number(a.state === 'exposed') || a.due.getTime() - b.due.getTime());
    if (values.json) {
      io.stdout.write(JSON.stringify(keys.map((r) => ({ ...r.k, dueDate: r.due.toISOString(), state: r.state })), null, 2) + '\n');
      return 0;
    }
    if (keys.length === 0) {
      io.stdout.write(values.due ? 'No key is due.\n' : 'No keys yet: add one with `keywarden keys add NAME …` or import a .env with `keywarden import`.\n');
      return 0;
    }
    io.stdout.write(table([
      ['NAME', 'ENVIRONMENT', 'OWNER', 'STORAGE', 'STATUS', 'DUE'],
      ...keys.map((r) => [r.k.name, r.k.environment, r.k.owner ?? '-', r.k.storage, r.state, r.dueText]),
    ]));
    return 0;
  });
}

function required(values: Record<string, unknown>, names: string[]): void {
  const missing = names.filter((n) => !values[n]);
  if (missing.length) {
    throw new UserError(`missing ${missing.map((m) => `--${m}`).join(', ')}`, 'Run `keywarden keys --help` for the usage.');
  }
}

async function add(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('keys add', args, addOptions);
  const name = oneName('keys add', positionals);
  required(values, ['provider', 'env', 'owner']);
  const m = metadata(values);
  return withVault(io, values.root, async (vault) => {
    const value = await readSecret(io, `Value for ${name} (hidden): `);
    const storage = (values.storage as 'keychain' | 'dotenv' | undefined) ?? 'keychain';
    const rec = await withKeychainFallback(addKey(vault, { ...m, name, provider: m.provider!, environment: m.environment!, storage }, value),
      'or store it in .env: the same command with --storage dotenv');
    const where = rec.storage === 'keychain' ? `the OS keychain (${vault.service})` : vault.dotenvFile;
    io.stdout.write(`Added ${name} (${rec.fingerprint.slice(0, 19)}…) to ${where}; due for rotation ${dueDate(rec).toISOString().slice(0, 10)}.\n`);
    return 0;
  });
}

async function show(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('keys show', args, rootOption);
  const name = oneName('keys show', positionals);
  return withVault(io, values.root, async (vault) => {
    const key = requireKey(await readInventory(vault.root), name);
    const r = row(key, vault);
    const fields: Array<[string, string | undefined]> = [
      ['name', key.name], ['provider', key.provider], ['environment', key.environment], ['owner', key.owner],
      ['service', key.service], ['purpose', key.purpose], ['scope', key.scope.join(', ') || undefined],
      ['storage', key.storage === 'keychain' ? `keychain (${vault.service}, account ${key.name})` : `.env (${vault.dotenvFile})`],
      ['status', r.state], ['fingerprint', key.fingerprint], ['created', key.created], ['rotated', key.rotated],
      ['rotation', `every ${key.rotationDays} days; due ${r.dueText}`], ['expires', key.expires], ['last used', key.lastUsed],
      ['previous', key.previous ? `${key.previous.fingerprint}, revoked after ${key.previous.revokeAfter}` : undefined],
      ['revoked', key.revoked ? `${key.revoked.at}: ${key.revoked.reason}` : undefined],
    ];
    io.stdout.write(table(fields.filter(([, v]) => v !== undefined).map(([k, v]) => [`${k}:`, v!])));
    return 0;
  });
}

async function reveal(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('keys reveal', args, revealOptions);
  const name = oneName('keys reveal', positionals);
  if (!io.stdout.isTTY && !values.force) {
    throw new UserError('refusing to print a secret value to something that is not a terminal', 'add --force if you really mean to pipe or save it');
  }
  return withVault(io, values.root, async (vault) => {
    const value = await revealKey(vault, name, io.stdout.isTTY ? 'terminal' : 'pipe (--force)');
    io.stdout.write(value + '\n');
    return 0;
  });
}

function metadata(values: ParsedValues<typeof editOptions>): KeyMetadata {
  const days = values['rotation-days'] === undefined ? undefined : Number(values['rotation-days']);
  if (days !== undefined && !(Number.isInteger(days) && days > 0)) throw new UserError('--rotation-days must be a whole number of days above 0', 'e.g. --rotation-days 90');
  if (values.expires && Number.isNaN(Date.parse(values.expires))) throw new UserError('--expires must be a date such as 2027-01-31', 'use YYYY-MM-DD');
  return {
    provider: values.provider,
    environment: values.env,
    owner: values.owner,
    purpose: values.purpose,
    service: values.service,
    scope: values.scope?.split(',').map((s) => s.trim()).filter(Boolean),
    rotationDays: days,
    expires: values.expires ? new Date(values.expires).toISOString() : undefined,
  };
}

/** A teammate holding a value checks it against the inventory: only the fingerprint is compared. */
async function match(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('keys match', args, rootOption);
  const name = oneName('keys match', positionals);
  return withVault(io, values.root, async (vault) => {
    const key = requireKey(await readInventory(vault.root), name);
    const value = await readSecret(io, `Value to check against ${name} (hidden): `);
    const which = vault.matches(value, key.fingerprint) ? 'current' : vault.matches(value, key.previous?.fingerprint) ? 'previous' : undefined;
    io.stdout.write(which ? `The value is ${name}'s ${which} value.\n` : `The value is not ${name}'s current${key.previous ? ' or previous' : ''} value.\n`);
    return which ? 0 : 1;
  });
}

async function edit(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('keys edit', args, editOptions);
  const name = oneName('keys edit', positionals);
  const patch = metadata(values);
  if (Object.values(patch).every((v) => v === undefined)) throw new UserError('nothing to change', 'give at least one option, e.g. --owner');
  return withVault(io, values.root, async (vault) => {
    await updateKeyMetadata(vault, name, patch);
    io.stdout.write(`Updated ${name}.\n`);
    return 0;
  });
}

async function adopt(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('keys adopt', args, editOptions);
  const name = oneName('keys adopt', positionals);
  required(values, ['provider', 'env']);
  const m = metadata(values);
  return withVault(io, values.root, async (vault) => {
    const rec = await adoptKey(vault, { ...m, name, provider: m.provider!, environment: m.environment! });
    io.stdout.write(`Adopted ${name} (${rec.storage === 'keychain' ? 'in the OS keychain' : 'in .env'}) into the inventory.\n`);
    return 0;
  });
}

const subcommands: Record<string, (args: string[], io: CliIO) => Promise<number>> = { list, add, show, reveal, match, edit, adopt };

export const keysCommand: CliCommand = {
  name: 'keys',
  help,
  async run(args, io) {
    const [sub, ...rest] = args;
    const fn = sub ? subcommands[sub] : undefined;
    if (!fn) {
      throw new UserError(sub ? `unknown subcommand 'keys ${sub}'` : 'a subcommand is required', 'Use one of: keys list, add, show, reveal, match, edit, adopt (`keywarden keys --help`).');
    }
    return fn(rest, io);
  },
};
