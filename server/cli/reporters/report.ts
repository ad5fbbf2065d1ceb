// What every reporter receives: findings with display paths, and the figures of the scan that found them.
import type { Finding } from '../../detect/types';
import type { HistoryOrigin } from '../../vault/history-scan';

export interface ScanStats {
  /** Files scanned (not counting skipped ones). */
  files: number;
  bytes: number;
  /** Files passed over: binary, too large, unreadable, generated. */
  skipped: number;
  /** Findings hidden because the baseline lists them. */
  baselined: number;
  /** Wall time of the scan, in milliseconds. */
  durationMs: number;
  /** `scan --history`: commits walked. */
  commits?: number;
}

export interface RuleInfo {
  id: string;
  provider: string;
  description: string;
  severity: Finding['severity'];
  docs?: string;
}

export type ReportFinding = Finding & { history?: HistoryOrigin };

export interface ReportInput {
  /** Each `file` relative to the current directory, with `/` separators. */
  findings: ReportFinding[];
  stats: ScanStats;
  /** Every rule the scan ran (SARIF lists them); rules of findings missing here are derived from the finding. */
  rules: RuleInfo[];
  toolVersion: string;
  /** Text only: ANSI colours. */
  color: boolean;
}

/** Findings in file order, then by position: every format lists them the same way. */
export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return [...findings].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}
