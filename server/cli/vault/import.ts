// `keywarden import [.env]`: moves plaintext secrets from a .env file into the OS keychain.
import { relative, resolve } from 'node:path';
import { importDotenv } from '../../vault/import-env';
import { parseCommandArgs, type OptionDefs } from '../args';
import type { CliCommand } from '../command';
import { rootHelp, rootOption, withKeychainFallback, withVault } from './common';

const options = {
  env: { type: 'string', valueName: '<environment>' },
  owner: { type: 'string', valueName: '<who>' },
  all: { type: 'boolean' },
  only: { type: 'string', valueName: '<A,B>' },
  ...rootOption,
} as const satisfies OptionDefs;

export const importCommand: CliCommand = {
  name: 'import',
  help: `Usage: keywarden import [file] [--env <environment>] [--owner <who>] [--all | --only A,B]

Moves the secrets in a .env file (default: the project's .env) into the OS keychain and leaves
NAME=keychain:NAME lines in their place, which \`keywarden run\` resolves. Adds each key to the inventory
(provider from the detection rules when one matches). Values that look like secrets are moved: names such
as *_KEY, *_SECRET, *_TOKEN, *PASSWORD*, or values a detection rule recognises; --all moves every
non-empty value, --only just the names given. Comments and other lines are kept.

Safe to interrupt: values are stored and verified in the keychain before the inventory changes, and .env
is rewritten last, atomically (through a symbolic link to its target, left at mode 0600). Run it again to
finish. A name set on several lines has every line moved; a line whose name is not a valid variable name
is skipped with a warning naming the line.

Options:
  --env <environment>       Environment recorded for the imported keys (default development)
  --owner <who>             Owner recorded for the imported keys
  --all                     Import every plain value
  --only <A,B>              Import only these names
${rootHelp}

Exit codes: 0 ok, 1 some names conflict with the inventory, 2 usage or configuration error.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('import', args, options);
    return withVault(io, values.root, async (vault) => {
      const file = positionals[0] ? resolve(io.cwd, positionals[0]) : vault.dotenvFile;
      const shown = relative(io.cwd, file) || file;
      const result = await withKeychainFallback(importDotenv(vault, {
        file,
        environment: values.env ?? 'development',
        owner: values.owner,
        all: values.all,
        only: values.only?.split(',').map((s) => s.trim()).filter(Boolean),
      }), `then run \`keywarden import\` again; nothing was moved (${shown} is as it was, and \`keywarden run\` passes its values meanwhile)`);
      if (result.imported.length) io.stdout.write(`Moved ${result.imported.length} secret${result.imported.length === 1 ? '' : 's'} from ${shown} to the OS keychain (${vault.service}): ${result.imported.join(', ')}\n`);
      else io.stdout.write(`Nothing to import from ${shown}.\n`);
      if (result.left.length) io.stdout.write(`Left as they are: ${result.left.join(', ')}\n`);
      for (const d of result.duplicates) {
        const earlier = d.earlier.length ? `; its earlier, different value${d.earlier.length === 1 ? ' is' : 's are'} kept as ${d.earlier.join(', ')}` : '';
        io.stderr.write(`keywarden import: ${d.name} is set on ${d.lines.length} lines (${d.lines.join(', ')}) of ${shown}: every line was moved (dotenv reads the last)${earlier}\n`);
      }
      for (const bad of result.invalid) {
        io.stderr.write(`keywarden import: ${shown} line ${bad.line}: '${bad.name}' is not a valid environment variable name (letters, digits, _): skipped, left as it is\n`);
      }
      if (result.exposed.length) io.stdout.write(`Committed to git, so recorded as exposed (rotate them now with \`keywarden rotate NAME\`): ${result.exposed.join(', ')}\n`);
      if (result.historyUnchecked) io.stderr.write(`keywarden import: git history was not searched (${result.historyUnchecked}); run \`keywarden scan --history\`\n`);
      for (const c of result.conflicts) io.stderr.write(`keywarden import: ${c.name}: ${c.why}\n`);
      return result.conflicts.length ? 1 : 0;
    });
  },
};
