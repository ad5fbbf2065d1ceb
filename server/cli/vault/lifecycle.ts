// `keywarden rotate|revoke|suspend|resume`: changing a key's state, each step recorded in the audit log.
import { UserError } from '../../errors';
import { DEFAULT_OVERLAP_DAYS } from '../../shared/keys-view-types';
import { finishRotation, revokeKey, rotateKey, setSuspended } from '../../vault/lifecycle';
import { parseCommandArgs, type OptionDefs } from '../args';
import type { CliCommand } from '../command';
import { oneName, readSecret, rootHelp, rootOption, withVault } from './common';

const rotateOptions = { 'overlap-days': { type: 'string', valueName: '<N>' }, finish: { type: 'boolean' }, ...rootOption } as const satisfies OptionDefs;
const revokeOptions = { reason: { type: 'string', valueName: '<text>' }, ...rootOption } as const satisfies OptionDefs;

export const rotateCommand: CliCommand = {
  name: 'rotate',
  help: `Usage: keywarden rotate NAME [--overlap-days N]
       keywarden rotate NAME --finish

Rotation with an overlap. The new value is typed at a hidden prompt or piped on stdin (never an argument).
It is stored and verified first; the current value is kept as the previous one (keychain account
NAME@previous, or NAME_PREVIOUS in .env) and the key is 'rotating' until you finish, so deployments can
move over. --overlap-days says when the previous value is due to be revoked (default ${DEFAULT_OVERLAP_DAYS}).
--finish revokes the previous value and makes the key active again.

An interrupted rotate loses no value: run the same command again with the same new value.

Options:
  --overlap-days N          Days the previous value stays valid (default ${DEFAULT_OVERLAP_DAYS})
  --finish                  End the rotation: remove the previous value
${rootHelp}

Exit codes: 0 ok, 2 usage or configuration error.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('rotate', args, rotateOptions);
    const name = oneName('rotate', positionals);
    return withVault(io, values.root, async (vault) => {
      if (values.finish) {
        await finishRotation(vault, name);
        io.stdout.write(`Finished rotating ${name}: the previous value was removed.\n`);
        return 0;
      }
      const overlap = values['overlap-days'] === undefined ? DEFAULT_OVERLAP_DAYS : Number(values['overlap-days']);
      if (!Number.isInteger(overlap) || overlap < 0) throw new UserError('--overlap-days must be a whole number of days', 'e.g. --overlap-days 7');
      const value = await readSecret(io, `New value for ${name} (hidden): `);
      const { key, changed } = await rotateKey(vault, name, value, overlap);
      io.stdout.write(changed
        ? `Rotated ${name}: new value stored; the previous one stays valid until ${key.previous!.revokeAfter.slice(0, 10)}. Finish with \`keywarden rotate ${name} --finish\`.\n`
        : `${name} is already rotating to this value.\n`);
      return 0;
    });
  },
};

export const revokeCommand: CliCommand = {
  name: 'revoke',
  help: `Usage: keywarden revoke NAME --reason <text>

Removes the key's value (and any previous value) from its store and marks it revoked in the inventory,
where it stays for history. Revoke it at the provider too. \`keywarden report\` then flags code that still
reads it.

Options:
  --reason <text>           Why (recorded in the inventory and the audit log); required
${rootHelp}
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('revoke', args, revokeOptions);
    const name = oneName('revoke', positionals);
    if (!values.reason) throw new UserError('--reason is required', `e.g. keywarden revoke ${name} --reason "leaked in CI logs"`);
    return withVault(io, values.root, async (vault) => {
      await revokeKey(vault, name, values.reason!);
      io.stdout.write(`Revoked ${name}: its value was removed from the store. Revoke it at the provider as well.\n`);
      return 0;
    });
  },
};

function suspendCommand(suspend: boolean): CliCommand {
  const name = suspend ? 'suspend' : 'resume';
  return {
    name,
    help: `Usage: keywarden ${name} NAME

${suspend
    ? 'Marks the key suspended: its value stays stored, but `keywarden run` no longer injects it.'
    : 'Makes a suspended key active again (or rotating, if it was in a rotation).'}

Options:
${rootHelp}
`,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(name, args, rootOption);
      const key = oneName(name, positionals);
      return withVault(io, values.root, async (vault) => {
        const rec = await setSuspended(vault, key, suspend);
        io.stdout.write(`${key} is ${rec.status}.\n`);
        return 0;
      });
    },
  };
}

export const suspendKeyCommand = suspendCommand(true);
export const resumeKeyCommand = suspendCommand(false);
