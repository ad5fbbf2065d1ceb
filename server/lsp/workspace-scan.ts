// `keywarden/scanWorkspace`: walk each workspace folder with the engine's walker (ignore files, size cap,
// binary detection), check each file as an open one would be checked, and publish files with findings.
// Reports $/progress and stops between files when cancelled.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver/node';
import { plural } from '../shared/dates';
import { readTextFile, walkFiles, type WalkedFile } from '../detect';
import type { ScanWorkspaceParams, ScanWorkspaceResult } from '../shared/protocol';
import type { Analysis } from './analysis';
import { pathToUri, uriToPath } from './paths';
import type { ServerContext } from './context';
import type { Settings } from './settings';

export async function scanWorkspace(ctx: ServerContext, params: ScanWorkspaceParams, token: CancellationToken): Promise<ScanWorkspaceResult> {
  const started = performance.now();
  const result: ScanWorkspaceResult = { filesScanned: 0, filesWithFindings: 0, findings: 0, cancelled: false, durationMs: 0 };
  const roots = params.folders ? params.folders.map(uriToPath).filter((p): p is string => !!p) : [...ctx.folders()];
  const progress = ctx.connection.window.attachWorkDoneProgress(params.workDoneToken);
  progress.begin('Keywarden: scanning the workspace', 0, undefined, true);
  try {
    const files: { root: string; file: WalkedFile }[] = [];
    for (const root of roots) {
      const project = ctx.projects.get(root);
      for await (const file of walkFiles(root, { config: project.config, logger: ctx.logger })) {
        if (token.isCancellationRequested) return cancelled(result);
        files.push({ root, file });
      }
    }
    // Settings per folder, not per file: one workspace/configuration round trip per root.
    const folderSettings = new Map(await Promise.all(roots.map(async (r) => [r, await ctx.settings.get(pathToUri(r))] as const)));
    let lastYield = performance.now();
    for (const [i, { root, file }] of files.entries()) {
      if (token.isCancellationRequested) return cancelled(result);
      // Let edits and other requests through every ~20 ms so the editor stays responsive.
      if (performance.now() - lastYield > 20) {
        await new Promise((r) => setImmediate(r));
        lastYield = performance.now();
        progress.report(Math.round((i / files.length) * 100), `${i}/${files.length} files`);
      }
      const uri = pathToUri(file.abs);
      ctx.findings.scannedFiles.add(uri);
      if (ctx.documents.get(uri)) continue; // open documents are checked live
      const analysis = await checkOnDisk(ctx, file.abs, root, folderSettings.get(root)!);
      if (!analysis) continue;
      result.filesScanned++;
      if (analysis.diagnostics.length > 0) {
        result.filesWithFindings++;
        result.findings += analysis.diagnostics.length;
      }
      ctx.findings.publish(analysis, false);
    }
    return result;
  } finally {
    result.durationMs = Math.round(performance.now() - started);
    progress.done();
    ctx.logger.info(`workspace scan: ${plural(result.filesScanned, 'file')}, ${plural(result.findings, 'finding')} in ${plural(result.filesWithFindings, 'file')}, ${result.durationMs} ms${result.cancelled ? ' (cancelled)' : ''}`);
  }
}

/** Checks a file's saved text as if it were open; undefined when it is binary, too large or unreadable. */
export async function checkOnDisk(ctx: ServerContext, path: string, root: string, settings: Settings): Promise<Analysis | undefined> {
  const read = readTextFile(path, ctx.projects.get(root).config.maxFileSize);
  if ('skip' in read) return undefined;
  return ctx.analyzer.analyze(TextDocument.create(pathToUri(path), '', 0, read.text), settings);
}

function cancelled(result: ScanWorkspaceResult): ScanWorkspaceResult {
  result.cancelled = true;
  return result;
}
