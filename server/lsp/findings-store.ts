// What the server has published, per URI: diagnostics for open documents and for files a workspace scan
// found. Keeps the counts for the status bar and tells the client when they change.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { FindingsChangedNotification, type FindingsCounts, type SeverityCounts } from '../shared/protocol';
import type { Analysis } from './analysis';

interface Entry {
  open: boolean;
  analysis: Analysis;
}

export class FindingsStore {
  private readonly entries = new Map<string, Entry>();
  private lastSent = '';
  /** Files a workspace scan checked: when one is closed, it goes back to showing its saved text's findings. */
  readonly scannedFiles = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** Publishes an analysis; `open` when it is for an open document (else from a workspace scan). */
  publish(analysis: Analysis, open: boolean): void {
    const previous = this.entries.get(analysis.uri);
    // A workspace scan never overrides what the open document shows.
    if (!open && previous?.open) return;
    if (analysis.diagnostics.length === 0 && !open) {
      // Clean files a scan walks past are only cleared if something was shown for them before.
      if (!previous) return;
      this.entries.delete(analysis.uri);
    } else this.entries.set(analysis.uri, { open, analysis });
    void this.connection.sendDiagnostics({ uri: analysis.uri, version: open ? analysis.version : undefined, diagnostics: analysis.diagnostics });
    this.notify();
  }

  /** The latest analysis of an open document. */
  get(uri: string): Analysis | undefined {
    return this.entries.get(uri)?.analysis;
  }

  /** A closed document keeps no diagnostics (its file may still be listed by a later workspace scan). */
  closed(uri: string): void {
    if (!this.entries.has(uri)) return;
    this.entries.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.notify();
  }

  counts(): FindingsCounts {
    const open = emptyCounts();
    const all = emptyCounts();
    for (const { open: isOpen, analysis } of this.entries.values()) {
      if (analysis.diagnostics.length === 0) continue;
      add(all, analysis.diagnostics);
      if (isOpen) add(open, analysis.diagnostics);
    }
    return { open, all };
  }

  private notify(): void {
    const counts = this.counts();
    const key = JSON.stringify(counts);
    if (key === this.lastSent) return;
    this.lastSent = key;
    void this.connection.sendNotification(FindingsChangedNotification.type, counts);
  }
}

function emptyCounts(): SeverityCounts {
  return { files: 0, findings: 0, error: 0, warning: 0, info: 0, hint: 0 };
}

function add(counts: SeverityCounts, diagnostics: Diagnostic[]): void {
  counts.files++;
  for (const d of diagnostics) {
    counts.findings++;
    if (d.severity === DiagnosticSeverity.Error) counts.error++;
    else if (d.severity === DiagnosticSeverity.Warning) counts.warning++;
    else if (d.severity === DiagnosticSeverity.Information) counts.info++;
    else counts.hint++;
  }
}
