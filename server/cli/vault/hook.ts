// `keywarden hook install`: the git pre-commit hook.
import { UserError } from '../../errors';
import { installHook } from '../../vault/hook';
import { parseCommandArgs, type OptionDefs } from '../args';
import type { CliCommand } from '../command';
import { openCliVault, rootHelp, rootOption } from './common';

const options = { force: { type: 'boolean' }, ...rootOption } as const satisfies OptionDefs;

export const hookCommand: CliCommand = {
  name: 'hook',
  help: `Usage: keywarden hook install [--force]

Writes .git/hooks/pre-commit (or core.hooksPath's) to run \`keywarden scan --staged\`, which blocks a commit
that adds a hardcoded secret. An existing hook of your own is kept unless --force. With the pre-commit
framework, use the hook id 'keywarden' from this repository's .pre-commit-hooks.yaml instead.

Options:
  --force                   Replace an existing pre-commit hook
${rootHelp}
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('hook', args, options);
    if (positionals.length !== 1 || positionals[0] !== 'install') throw new UserError('the subcommand is `hook install`', 'Run `keywarden hook --help`.');
    const { path, replaced } = await installHook(openCliVault(io, values.root).root, values.force);
    io.stdout.write(`${replaced ? 'Replaced' : 'Installed'} the pre-commit hook: ${path}\n`);
    return 0;
  },
};
