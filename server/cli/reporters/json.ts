// The machine format: `{"findings":[…], "summary":{…}}`. Offsets, literal ranges and anything else that
// only makes sense in process stay out; the secret itself is never part of a Finding.
import type { Finding } from '../../detect/types';
import { sortFindings, type ReportInput } from './report';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Finding['severity'];
  redacted: string;
  fingerprint: string;
  suggestedName: string;
  provider: string;
  description: string;
  confidence: Finding['confidence'];
  environment: Finding['environment'];
  /** `scan --history`: the first commit that added the secret, and how many did. */
  commit?: string;
  author?: string;
  date?: string;
  commits?: number;
}

export function jsonReport({ findings, stats }: ReportInput): string {
  const out = sortFindings(findings).map((f): JsonFinding => ({
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ruleId: f.ruleId,
    severity: f.severity,
    redacted: f.redacted,
    fingerprint: f.fingerprint,
    suggestedName: f.suggestedName,
    provider: f.provider,
    description: f.description,
    confidence: f.confidence,
    environment: f.environment,
    ...(f.history ? { commit: f.history.commit, author: f.history.author, date: f.history.date, commits: f.history.commits } : {}),
  }));
  const summary = {
    findings: out.length,
    filesScanned: stats.files,
    bytesScanned: stats.bytes,
    filesSkipped: stats.skipped,
    baselined: stats.baselined,
    durationMs: Math.round(stats.durationMs),
    ...(stats.commits !== undefined ? { commitsScanned: stats.commits } : {}),
  };
  return JSON.stringify({ findings: out, summary }, null, 2) + '\n';
}
