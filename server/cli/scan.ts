// `keywarden scan`: find hardcoded secrets in files, folders or what is staged in git, and report them as
// text, JSON or SARIF. Exit code 0 = nothing found or only hints, 1 = findings, 2 = usage or configuration error.
import { writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors';
import { applyBaseline, BASELINE_PATH, legacyEntries, loadBaseline } from '../detect/baseline';
import { copyFinding } from '../detect/scanner';
import { parseCommandArgs, type OptionDefs } from './args';
import type { CliCommand, CliIO } from './command';
import { jsonReport } from './reporters/json';
import type { ReportInput } from './reporters/report';
import { sarifReport } from './reporters/sarif';
import { textReport } from './reporters/text';
import { withDotenvSeverity } from './dotenv-findings';
import { performScan, walkOptions, walkOptionsHelp } from './scan-options';
import { version } from '../../package.json';

const options = {
  format: { type: 'string', choices: ['text', 'json', 'sarif'] },
  output: { type: 'string', short: 'o', valueName: '<file>' },
  baseline: { type: 'string', implicit: BASELINE_PATH, valueName: '<file>' },
  staged: { type: 'boolean' },
  history: { type: 'boolean' },
  since: { type: 'string', valueName: '<rev|date>' },
  branch: { type: 'string', multiple: true, valueName: '<name>' },
  ...walkOptions,
} as const satisfies OptionDefs;

const reporters = { text: textReport, json: jsonReport, sarif: sarifReport } as const;

const help = `Usage: keywarden scan [paths…] [options]

Finds hardcoded secrets (API keys, tokens, private keys, passwords) in files and folders; by default the
current folder. Folders are walked honouring .gitignore and .keywardenignore; binary files, lock files and
files over maxFileSize are skipped. Secrets are always shown redacted.

Options:
  --format text|json|sarif  Report format (default: text)
  -o, --output <file>       Write the report to a file instead of stdout (the exit code stays the same)
  --baseline[=<file>]       Report only findings not in the baseline (default: ${BASELINE_PATH},
                            written by \`keywarden baseline\`)
  --staged                  Scan the content staged in git, not the working tree: for a pre-commit hook
  --history                 Scan every line the git history added (all branches and tags): each secret
                            once, at the first commit that added it, with how many commits did
  --since <rev|date>        With --history: only commits after a revision (v1.2, a hash) or a date
                            (2026-01-31, "3 months ago")
  --branch <name>           With --history: only this branch (repeat for several); default: every ref
${walkOptionsHelp}

Exit codes: 0 nothing found (or only hints, such as a value in a git-ignored .env), 1 findings, 2 usage
or configuration error (or, with --strict, a rule failed on a file).

Examples:
  keywarden scan                                    Scan the current project
  keywarden scan src config/app.yaml --format json  Scan some paths, report as JSON
  keywarden scan --format sarif -o keywarden.sarif  For GitHub code scanning (upload-sarif)
  keywarden baseline && keywarden scan --baseline   Accept today's findings; fail only on new ones
  keywarden scan --staged                           In .git/hooks/pre-commit: block commits with secrets
  keywarden scan --history --since v1.0             Secrets committed since v1.0, on any branch
`;

export const scanCommand: CliCommand = {
  name: 'scan',
  help,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs('scan', args, options);
    if (!values.history && (values.since !== undefined || values.branch !== undefined)) {
      throw new UserError('--since and --branch go with --history', 'add --history to scan the git history');
    }
    const format = (values.format ?? 'text') as keyof typeof reporters;
    const outcome = await performScan(io, {
      paths: positionals,
      staged: values.staged,
      history: values.history ? { since: values.since, branches: values.branch } : undefined,
      noIgnore: values['no-ignore'],
      configFile: values.config,
      jobs: values.jobs,
      verbose: values.verbose,
      // A text report shows no fingerprint: without a baseline to match, none is computed.
      fingerprints: format !== 'text' || values.baseline !== undefined,
    });
    // The report is written either way; --strict only changes the exit code.
    const failed = values.strict === true && outcome.faults.length > 0;
    // History findings are in commits, not on disk: how git sees today's file says nothing about them.
    let findings = values.history ? outcome.findings : await withDotenvSeverity(outcome.root, outcome.findings);
    if (values.baseline !== undefined) {
      const file = values.baseline === BASELINE_PATH ? resolve(outcome.root, BASELINE_PATH) : resolve(io.cwd, values.baseline);
      const baseline = loadBaseline(outcome.root, file);
      findings = applyBaseline(findings, baseline);
      const old = legacyEntries(baseline);
      if (old > 0) io.stderr.write(`keywarden: ${old} baseline entr${old === 1 ? 'y is' : 'ies are'} in the older unsalted form (still matched): run \`keywarden baseline\` to rewrite them\n`);
    }
    const input: ReportInput = {
      findings: findings.map((f) => copyFinding(f, { file: displayPath(io.cwd, outcome.root, f.file) })),
      stats: {
        files: outcome.files,
        bytes: outcome.bytes,
        skipped: outcome.skipped.length,
        baselined: outcome.findings.length - findings.length,
        durationMs: outcome.durationMs,
        commits: outcome.commits,
      },
      rules: outcome.rules,
      toolVersion: version,
      color: format === 'text' && !values.output && io.stdout.isTTY === true && !io.env.NO_COLOR,
    };
    const report = reporters[format](input);
    if (values.output) {
      writeReport(resolve(io.cwd, values.output), report);
      io.stderr.write(`keywarden scan: ${findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}; report written to ${values.output}\n`);
    } else {
      io.stdout.write(report);
    }
    return failed ? 2 : findings.some(failsScan) ? 1 : 0;
  },
};

/**
 * A hint is shown but does not fail the scan, as a linter's warnings do not: it is advice (a value in a
 * git-ignored .env scanned on purpose, or a rule the config set to `hint`), not a leak.
 */
function failsScan(f: { severity: string }): boolean {
  return f.severity !== 'hint';
}

/** A root-relative path as the user sees it from the current folder, with `/` separators. */
function displayPath(cwd: string, root: string, rel: string): string {
  const shown = relative(cwd, join(root, rel)) || rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

function writeReport(path: string, report: string): void {
  try {
    writeFileSync(path, report);
  } catch (err) {
    throw new UserError(`cannot write the report to ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'Check that its folder exists and is writable.');
  }
}
