// `keywarden report`: the recurring review, for people and for CI.
import { stderrLogger } from '../../log';
import { buildReport, formatReport } from '../../vault/report';
import { parseCommandArgs, type OptionDefs } from '../args';
import type { CliCommand } from '../command';
import { rootHelp, rootOption, withVault } from './common';

const options = { format: { type: 'string', choices: ['text', 'json', 'markdown'] }, verbose: { type: 'boolean', short: 'v' }, ...rootOption } as const satisfies OptionDefs;

export const reportCommand: CliCommand = {
  name: 'report',
  help: `Usage: keywarden report [--format text|json|markdown]

The recurring review of the project's keys. Needs action (exit 1):
  keys with no owner; overdue or expired keys; rotations whose overlap has ended; revoked keys still
  referenced in code (process.env.NAME, os.environ["NAME"], System.getenv("NAME"), \${NAME} and the other
  languages' lookups); one value under two names or environments (by fingerprint); .env files tracked by
  git; hardcoded secrets in the tree (findings accepted with \`keywarden baseline\` are left out).
Notices: keys with no scope or purpose; keys due soon; suspended keys still referenced.
Names, fingerprints and places only: never a value.

Options:
  --format text|json|markdown   Output format (default text; markdown suits a PR comment or an issue)
  -v, --verbose                 Also log files the walk skipped
${rootHelp}

Exit codes: 0 nothing needs action, 1 something needs action, 2 usage or configuration error.
`,
  async run(args, io) {
    const { values } = parseCommandArgs('report', args, options, { positionals: false });
    return withVault(io, values.root, async (vault) => {
      const report = await buildReport(vault, stderrLogger(values.verbose));
      io.stdout.write(formatReport(report, (values.format as 'text' | 'json' | 'markdown' | undefined) ?? 'text'));
      return report.needsAction ? 1 : 0;
    });
  },
};
