// `keywarden/scanHistory`: the editor's Scan Git History. The same walk as `keywarden scan --history`
// (server/vault/history-scan.ts) for each workspace folder, with the project's scanner and baseline; $/progress
// counts commits, and a cancel stops git.
import type { CancellationToken } from 'vscode-languageserver/node';
import { plural } from '../shared/dates';
import { applyBaseline, copyFinding } from '../detect';
import { UserError } from '../errors';
import type { HistorySecret, ScanHistoryResult, ScanWorkspaceParams } from '../shared/protocol';
import { runGit } from '../vault/git';
import { scanHistory, type HistoryFinding } from '../vault/history-scan';
import type { ServerContext } from './context';
import { pathToUri, relativePath, uriToPath } from './paths';

export async function scanGitHistory(ctx: ServerContext, params: ScanWorkspaceParams, token: CancellationToken): Promise<ScanHistoryResult> {
  const started = performance.now();
  const result: ScanHistoryResult = { findings: [], commits: 0, bytes: 0, durationMs: 0, problems: [] };
  const roots = params.folders ? params.folders.map(uriToPath).filter((p): p is string => !!p) : [...ctx.folders()];
  const progress = ctx.connection.window.attachWorkDoneProgress(params.workDoneToken);
  progress.begin('Keywarden: scanning the git history', undefined, undefined, true);
  const abort = new AbortController();
  const onCancel = token.onCancellationRequested(() => abort.abort());
  try {
    for (const root of roots) {
      const top = await runGit(root, ['rev-parse', '--show-toplevel']);
      if (top.code !== 0) {
        result.problems.push(`${root} is not in a git repository`);
        continue;
      }
      const repo = top.stdout.trim();
      const project = ctx.projects.get(root);
      let last = 0;
      try {
        const run = await scanHistory(repo, project.scanner(), {
          signal: abort.signal,
          onProgress: (commits) => {
            if (commits - last < 25) return;
            last = commits;
            progress.report(plural(commits, 'commit'));
          },
        });
        result.commits += run.commits;
        result.bytes += run.bytes;
        // Paths are the repository's; the baseline keys them relative to the project folder.
        const inFolder = run.findings
          .map((f) => copyFinding(f, { file: relativePath(root, `${repo}/${f.file}`) }))
          .filter((f) => !f.file.startsWith('..'));
        for (const f of applyBaseline(inFolder, project.baseline)) result.findings.push(secretOf(pathToUri(root), f));
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        result.problems.push(`${root}: ${err.message}`);
      }
    }
    return result;
  } finally {
    onCancel.dispose();
    progress.done();
    result.durationMs = Math.round(performance.now() - started);
    ctx.logger.info(`history scan: ${plural(result.commits, 'commit')}, ${(result.bytes / 1e6).toFixed(1)} MB of changes, ${plural(result.findings.length, 'secret')}, ${result.durationMs} ms`);
    for (const p of result.problems) ctx.logger.warn(`history scan: ${p}`);
  }
}

function secretOf(folder: string, f: HistoryFinding): HistorySecret {
  return {
    folder, file: f.file, line: f.line, ruleId: f.ruleId, description: f.description, redacted: f.redacted,
    commit: f.history.commit, author: f.history.author, date: f.history.date, commits: f.history.commits,
  };
}
