// The terminal format: one line per finding, `file:line:col  severity  rule  description  redacted`, sorted
// by file, then a summary line. Colour only when the caller says so (stdout is a TTY and NO_COLOR is unset).
import { isDotenvPath } from '../../detect/file-kind';
import { copyFinding } from '../../detect/scanner';
import { dotenvHintSummary } from '../../shared/dotenv-hint';
import type { Severity } from '../../detect/types';
import { printable } from '../../printable';
import { sortFindings, type ReportInput, type ScanStats } from './report';

const ansi = { red: 31, yellow: 33, blue: 34, cyan: 36, dim: 2, bold: 1 } as const;
type Style = keyof typeof ansi;

const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'dim' };

export function textReport({ findings, stats, color }: ReportInput): string {
  const paint = (style: Style, s: string) => (color ? `\x1b[${ansi[style]}m${s}\x1b[0m` : s);
  // Paths and descriptions come from the tree scanned: no control character reaches the terminal raw.
  const sorted = sortFindings(findings).map((f) => copyFinding(f, { file: printable(f.file), description: printable(f.description), redacted: printable(f.redacted) }));
  const whereOf = (f: { file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column}`;
  const whereWidth = Math.max(0, ...sorted.map((f) => whereOf(f).length));
  const ruleWidth = Math.max(0, ...sorted.map((f) => f.ruleId.length));
  const descWidth = Math.max(0, ...sorted.map((f) => f.description.length));
  const lines = sorted.map((f) => [
    paint('cyan', whereOf(f).padEnd(whereWidth)),
    paint(severityStyle[f.severity], f.severity.padEnd(7)),
    paint('bold', f.ruleId.padEnd(ruleWidth)),
    f.description.padEnd(descWidth),
    paint('dim', f.redacted),
    f.history ? paint('dim', `${f.history.commit.slice(0, 7)} ${f.history.date.slice(0, 10)} ${f.history.author}${f.history.commits > 1 ? ` (${plural(f.history.commits, 'commit')})` : ''}`) : '',
  ].join('  ').trimEnd());
  if (lines.length) lines.push('');
  lines.push(summary(sorted.length, new Set(sorted.map((f) => f.file)).size, countBySeverity(sorted.map((f) => f.severity)), stats));
  const hints = sorted.filter((f) => f.severity === 'hint' && isDotenvPath(f.file)).length;
  if (hints > 0) lines.push(`${dotenvHintSummary(hints)}.`);
  return lines.join('\n') + '\n';
}

function summary(count: number, fileCount: number, bySeverity: string, stats: ScanStats): string {
  const found = count === 0
    ? 'No secrets found'
    : `${plural(count, 'finding')} in ${plural(fileCount, 'file')} (${bySeverity})`;
  const scanned = stats.commits !== undefined
    ? `scanned ${plural(stats.commits, 'commit')} / ${formatMB(stats.bytes)} of changes in ${(stats.durationMs / 1000).toFixed(2)} s`
    : `scanned ${plural(stats.files, 'file')} / ${formatMB(stats.bytes)} in ${(stats.durationMs / 1000).toFixed(2)} s`;
  const extras = [
    stats.skipped ? `${stats.skipped} skipped` : '',
    stats.baselined ? `${stats.baselined} known in the baseline, not shown` : '',
  ].filter(Boolean);
  return `${found}; ${scanned}${extras.length ? ` (${extras.join(', ')})` : ''}.`;
}

function countBySeverity(severities: Severity[]): string {
  const order: Severity[] = ['error', 'warning', 'info', 'hint'];
  return order
    .map((s) => [s, severities.filter((x) => x === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s))
    .join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e5 ? 2 : 1)} MB`;
}
