// What `keywarden scan` and `keywarden baseline` share: the walk options and running the scan itself.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { stderrLogger, type Logger } from '../log';
import { UserError } from '../errors';
import type { KeywardenConfig } from '../detect/config';
import type { Rule } from '../detect/rule';
import { createScanner, describeRuleFault } from '../detect/scanner';
import type { RuleFault } from '../detect/types';
import type { SkippedFile } from '../detect/walker';
import type { OptionDefs } from './args';
import type { CliIO } from './command';
import { findRoot, loadProjectConfig } from './project';
import { progressIndicator } from './progress';
import type { ReportFinding, RuleInfo } from './reporters/report';
import { scanHistory } from '../vault/history-scan';
import { runScan } from './scan-files';
import { gitTopLevel, scanStaged } from './staged';
import { fingerprintSalt } from '../vault/project-identity';

export const walkOptions = {
  'no-ignore': { type: 'boolean' },
  config: { type: 'string', valueName: '<file>' },
  jobs: { type: 'string', valueName: '<n>' },
  verbose: { type: 'boolean' },
  strict: { type: 'boolean' },
} as const satisfies OptionDefs;

export const walkOptionsHelp = `  --no-ignore               Do not honour .gitignore and .keywardenignore
  --config <file>           Use this config file instead of .keywarden/config.json
  --jobs <n>                Threads that scan: the main thread and n-1 workers (default: the cores, at most 4,
                            the workers started only when the rest of a scan is worth them; 1 = no workers)
  --verbose                 Also log skipped files to stderr
  --strict                  Exit 2 when a rule failed on a file (a warning names it; the scan goes on)`;

export interface ScanRequest {
  paths: string[];
  staged?: boolean;
  /** Scan what the git history added (`--history`), optionally since a revision or date, on some branches. */
  history?: { since?: string; branches?: string[] };
  noIgnore?: boolean;
  configFile?: string;
  jobs?: string;
  verbose?: boolean;
  /** Whether the findings' fingerprints will be read (JSON, SARIF, a baseline); default true. */
  fingerprints?: boolean;
}

export interface ScanOutcome {
  /** The project root; findings' `file` is relative to it. */
  root: string;
  config: KeywardenConfig;
  findings: ReportFinding[];
  files: number;
  bytes: number;
  /** `--history`: commits walked. */
  commits?: number;
  skipped: SkippedFile[];
  /** Rules that failed on a file; each was logged as a warning. */
  faults: RuleFault[];
  rules: RuleInfo[];
  durationMs: number;
}

export async function performScan(io: CliIO, req: ScanRequest): Promise<ScanOutcome> {
  const started = performance.now();
  const jobs = parseJobs(req.jobs);
  const logger = stderrLogger(req.verbose);
  if (req.staged && req.noIgnore) throw new UserError('--staged and --no-ignore do not go together', 'git decides what is staged; drop --no-ignore.');
  if (req.history) return performHistoryScan(io, req, req.history, started, logger);
  if (!req.staged) {
    const missing = req.paths.find((p) => !existsSync(resolve(io.cwd, p)));
    if (missing !== undefined) throw new UserError(`${missing} does not exist`, 'Check the paths given to the command.');
  }
  const root = req.staged ? gitTopLevel(io.cwd) : findRoot(io.cwd, req.paths);
  const config = loadProjectConfig(root, io.cwd, req.configFile);
  const scanner = createScanner(config, { fingerprintSalt: fingerprintSalt(root) });
  let run: Pick<ScanOutcome, 'findings' | 'files' | 'bytes' | 'skipped' | 'faults'>;
  if (req.staged) {
    run = scanStaged(io.cwd, root, req.paths, config, scanner);
  } else {
    const progress = progressIndicator(io.stderr);
    run = await runScan({
      root,
      // No paths: the current folder (not the whole project root above it).
      paths: (req.paths.length > 0 ? req.paths : ['.']).map((p) => resolve(io.cwd, p)),
      config,
      scanner,
      logger: progress.around(logger),
      noIgnore: req.noIgnore,
      jobs,
      fingerprints: req.fingerprints,
      onProgress: (files, bytes) => progress.update(files, bytes),
    });
    progress.done();
  }
  for (const f of run.faults) logger.warn(describeRuleFault(f));
  for (const s of run.skipped) logger.debug(`skipped ${s.file}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`);
  // One line, not one per file: a tree of binaries and bundles would bury the findings.
  const tooLarge = run.skipped.filter((s) => s.reason === 'too-large').length;
  if (tooLarge > 0 && !req.verbose) {
    logger.warn(`${tooLarge} file${tooLarge === 1 ? '' : 's'} over maxFileSize (${config.maxFileSize} bytes) skipped; --verbose lists them, and maxFileSize in .keywarden/config.json raises the cap`);
  }
  return { root, config, ...run, rules: scanner.rules.map((r) => ruleInfo(r, config)), durationMs: performance.now() - started };
}

async function performHistoryScan(io: CliIO, req: ScanRequest, history: NonNullable<ScanRequest['history']>, started: number, logger: Logger): Promise<ScanOutcome> {
  if (req.staged) throw new UserError('--history and --staged do not go together', 'use --history for what was committed, --staged for what is about to be');
  if (req.paths.length > 0) throw new UserError('--history scans the whole repository, not paths', 'drop the paths; exclude files with allowlist.paths in .keywarden/config.json');
  const root = gitTopLevel(io.cwd);
  const config = loadProjectConfig(root, io.cwd, req.configFile);
  const scanner = createScanner(config, { fingerprintSalt: fingerprintSalt(root) });
  const progress = progressIndicator(io.stderr, 'commits');
  const run = await scanHistory(root, scanner, { since: history.since, revisions: history.branches, onProgress: (c, b) => progress.update(c, b) });
  progress.done();
  for (const f of run.faults) progress.around(logger).warn(describeRuleFault(f));
  return {
    root, config, findings: run.findings, files: run.patches, bytes: run.bytes, commits: run.commits, skipped: [], faults: run.faults,
    rules: scanner.rules.map((r) => ruleInfo(r, config)), durationMs: performance.now() - started,
  };
}

function ruleInfo(rule: Rule, config: KeywardenConfig): RuleInfo {
  return {
    id: rule.id,
    provider: rule.provider,
    description: rule.description,
    severity: config.severity[rule.id] ?? rule.severity ?? 'error',
    docs: rule.docs,
  };
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UserError(`option '--jobs' must be a whole number from 1 to 64 (got '${value}')`, 'Use --jobs 1 to scan without worker threads.');
  return n;
}
