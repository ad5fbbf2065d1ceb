// `keywarden baseline`: accept the current findings, so that `keywarden scan --baseline` reports only new
// ones. The file lists fingerprints (rule, secret and path hashed), sorted, without line numbers.
import { relative, resolve } from 'node:path';
import { BASELINE_PATH, writeBaseline } from '../detect/baseline';
import { parseCommandArgs, type OptionDefs } from './args';
import type { CliCommand, CliIO } from './command';
import { performScan, walkOptions, walkOptionsHelp } from './scan-options';

const options = {
  output: { type: 'string', short: 'o', valueName: '<file>' },
  ...walkOptions,
} as const satisfies OptionDefs;

const help = `Usage: keywarden baseline [paths…] [options]

Scans like \`keywarden scan\` and writes every finding's fingerprint to the baseline file, replacing it.
\`keywarden scan --baseline\` then reports only findings that are not in it. Fingerprints hash the rule, the
secret and the file's path, so moving lines does not change them; editing the secret or moving the file does.
Commit the file. It never holds a secret: fingerprints are one-way hashes.

Options:
  -o, --output <file>       Where to write it (default: ${BASELINE_PATH} in the project root)
${walkOptionsHelp}

Exit codes: 0 written, 2 usage or configuration error (or, with --strict, a rule failed on a file: nothing
written).

Examples:
  keywarden baseline                       Accept every current finding
  keywarden scan --baseline                Then report only new ones (exit 1 if any)
`;

export const baselineCommand: CliCommand = {
  name: 'baseline',
  help,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs('baseline', args, options);
    const outcome = await performScan(io, {
      paths: positionals,
      noIgnore: values['no-ignore'],
      configFile: values.config,
      jobs: values.jobs,
      verbose: values.verbose,
    });
    if (values.strict && outcome.faults.length > 0) {
      io.stderr.write(`keywarden baseline: not written: ${outcome.faults.length} rule failure${outcome.faults.length === 1 ? '' : 's'} (--strict); see the warnings above.\n`);
      return 2;
    }
    const file = values.output ? resolve(io.cwd, values.output) : resolve(outcome.root, BASELINE_PATH);
    const baseline = writeBaseline(outcome.root, outcome.findings, file);
    const count = baseline.fingerprints.length;
    io.stdout.write(`Wrote ${count} finding${count === 1 ? '' : 's'} to ${relative(io.cwd, file) || file}; \`keywarden scan --baseline\` now reports only new ones.\n`);
    return 0;
  },
};
