// `keywarden report`: the recurring review of the project's keys, for people (text, markdown) and CI (json,
// exit 1 when something needs action). Names, fingerprints and places only: never a value.
import { applyBaseline, loadBaseline } from '../detect/baseline';
import { loadConfig } from '../detect/config';
import { createScanner, describeRuleFault } from '../detect/scanner';
import { readTextFile, walkFiles, type WalkedFile } from '../detect/walker';
import { scanBatch } from '../detect/scan-batch';
import { isDotenvPath, isDotenvSyntaxPath } from '../detect/file-kind';
import type { Logger } from '../log';
import { printable } from '../printable';
import { daysUntil, dueDate, dueState } from './due';
import { gitTrackedFiles } from './git';
import { fingerprintSalt } from './project-identity';
import { readInventory } from './inventory';
import { findEnvReferences } from './references';
import type { Vault } from './vault';

export type ReportKind =
  | 'exposed' | 'missing-owner' | 'missing-scope' | 'missing-purpose' | 'overdue' | 'expired' | 'due-soon' | 'overlap-ended'
  | 'revoked-referenced' | 'suspended-referenced' | 'same-value' | 'dotenv-tracked' | 'hardcoded-secret';

/** What fails CI; the rest are notices for the review. */
const ACTION: ReadonlySet<ReportKind> = new Set<ReportKind>([
  'exposed', 'missing-owner', 'overdue', 'expired', 'overlap-ended', 'revoked-referenced', 'same-value', 'dotenv-tracked', 'hardcoded-secret',
]);

export interface ReportItem {
  kind: ReportKind;
  action: boolean;
  names: string[];
  message: string;
  /** Files and 1-based lines, for references and findings. */
  locations?: Array<{ file: string; line: number }>;
}

export interface Report {
  project: string;
  generated: string;
  keys: number;
  items: ReportItem[];
  needsAction: boolean;
}


export async function buildReport(vault: Vault, logger: Logger): Promise<Report> {
  const now = vault.now();
  const inventory = await readInventory(vault.root);
  const items: ReportItem[] = [];
  const add = (kind: ReportKind, names: string[], message: string, locations?: ReportItem['locations']) =>
    items.push({ kind, action: ACTION.has(kind), names, message, ...(locations ? { locations } : {}) });

  for (const k of inventory.keys.filter((key) => key.status !== 'revoked')) {
    if (!k.owner) add('missing-owner', [k.name], `${k.name} has no owner`);
    if (k.scope.length === 0) add('missing-scope', [k.name], `${k.name} has no scope`);
    if (!k.purpose) add('missing-purpose', [k.name], `${k.name} has no purpose`);
    if (k.exposed && k.status !== 'rotating') {
      const e = k.exposed;
      add('exposed', [k.name], `${k.name} was committed to git in ${e.firstCommit.slice(0, 7)} on ${e.firstSeen.slice(0, 10)} (${e.commits} commit${e.commits === 1 ? '' : 's'}: ${e.files.join(', ')}): rotate it now`);
    }
    // The dates are judged on their own; exposure is reported above.
    const state = dueState({ ...k, exposed: undefined }, now, { dueSoonDays: vault.rotation.dueSoonDays });
    const days = daysUntil(dueDate(k), now);
    if (state === 'expired') add('expired', [k.name], `${k.name} expired on ${k.expires!.slice(0, 10)}`);
    else if (state === 'overdue') add('overdue', [k.name], `${k.name} is overdue for rotation by ${-days} day${days === -1 ? '' : 's'}`);
    else if (state === 'due-soon') add('due-soon', [k.name], `${k.name} is due for rotation in ${days} day${days === 1 ? '' : 's'}`);
    if (k.status === 'rotating' && k.previous && Date.parse(k.previous.revokeAfter) <= now.getTime()) {
      add('overlap-ended', [k.name], `${k.name}'s rotation overlap ended on ${k.previous.revokeAfter.slice(0, 10)}: finish it to revoke the previous value`);
    }
  }

  // The same value under two names or environments, by fingerprint (current and previous values).
  const byFingerprint = new Map<string, string[]>();
  for (const k of inventory.keys.filter((key) => key.status !== 'revoked')) {
    for (const fp of [k.fingerprint, k.previous?.fingerprint]) {
      if (fp) byFingerprint.set(fp, [...(byFingerprint.get(fp) ?? []), k.name]);
    }
  }
  for (const [fp, names] of byFingerprint) {
    const distinct = [...new Set(names)];
    if (distinct.length > 1) add('same-value', distinct, `${distinct.join(' and ')} hold the same value (${fp.slice(0, 19)}…)`);
  }

  for (const file of (await gitTrackedFiles(vault.root)) ?? []) {
    if (isDotenvPath(file)) add('dotenv-tracked', [], `${file} is tracked by git: its values are in the repository's history`, [{ file, line: 1 }]);
  }

  // One walk of the tree: references to revoked or suspended keys, and hardcoded secrets (the engine).
  const config = loadConfig(vault.root);
  const scanner = createScanner(config, { fingerprintSalt: fingerprintSalt(vault.root) });
  // Findings accepted into the baseline (`keywarden baseline`) are not hardcoded secrets to act on.
  const baseline = loadBaseline(vault.root);
  const watched = new Map(inventory.keys.filter((k) => k.status === 'revoked' || k.status === 'suspended').map((k) => [k.name, k.status]));
  const refs = new Map<string, Array<{ file: string; line: number }>>();
  const findReferences = (f: WalkedFile, text: string) => {
    if (watched.size === 0 || isDotenvSyntaxPath(f.rel)) return;
    for (const r of findEnvReferences(text, watched.keys())) {
      refs.set(r.name, [...(refs.get(r.name) ?? []), { file: f.rel, line: r.line + 1 }]);
    }
  };
  for await (const f of walkFiles(vault.root, { config, logger })) {
    if (f.rel.startsWith('.keywarden/')) continue;
    const scanned = scanBatch(scanner, { id: 0, files: [f], maxFileSize: config.maxFileSize }, readTextFile, findReferences);
    for (const warning of scanned.warnings) logger.warn(warning);
    for (const finding of applyBaseline(scanned.findings, baseline)) {
      add('hardcoded-secret', [], `${finding.description} ${finding.redacted} hardcoded in ${f.rel}:${finding.line}`, [{ file: f.rel, line: finding.line }]);
    }
    for (const fault of scanned.faults) logger.warn(describeRuleFault(fault));
  }
  for (const [name, locations] of refs) {
    const status = watched.get(name)!;
    add(status === 'revoked' ? 'revoked-referenced' : 'suspended-referenced', [name],
      `${name} is ${status} but still referenced in ${locations.length} place${locations.length === 1 ? '' : 's'}`, locations);
  }

  return { project: vault.project, generated: now.toISOString(), keys: inventory.keys.length, items, needsAction: items.some((i) => i.action) };
}

const TITLES: Record<ReportKind, string> = {
  'exposed': 'Exposed in git history: rotate now',
  'expired': 'Expired keys',
  'overdue': 'Overdue for rotation',
  'overlap-ended': 'Rotations to finish',
  'revoked-referenced': 'Revoked keys still referenced in code',
  'same-value': 'One value under several names',
  'dotenv-tracked': '.env files tracked by git',
  'hardcoded-secret': 'Hardcoded secrets in the tree',
  'missing-owner': 'Keys without an owner',
  'suspended-referenced': 'Suspended keys still referenced in code',
  'due-soon': 'Due soon',
  'missing-scope': 'Keys without a scope',
  'missing-purpose': 'Keys without a purpose',
};

export function formatReport(report: Report, format: 'text' | 'json' | 'markdown'): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  const md = format === 'markdown';
  const lines: string[] = [md ? `# Keywarden review: ${report.project}` : `Keywarden review: ${report.project}`, ''];
  lines.push(`${report.keys} key${report.keys === 1 ? '' : 's'} in the inventory; ${report.generated.slice(0, 10)}.`, '');
  for (const kind of Object.keys(TITLES) as ReportKind[]) {
    const group = report.items.filter((i) => i.kind === kind);
    if (group.length === 0) continue;
    const mark = group[0]?.action ? (md ? '❗ ' : '[action] ') : (md ? '' : '[notice] ');
    lines.push(md ? `## ${mark}${TITLES[kind]} (${group.length})` : `${mark}${TITLES[kind]} (${group.length})`);
    for (const item of group) {
      // Messages hold names and paths from the repository: no control character printed raw.
      lines.push(`${md ? '-' : '  -'} ${printable(item.message)}`);
      if (item.kind.endsWith('-referenced')) for (const l of item.locations ?? []) lines.push(`${md ? '  -' : '      '} ${md ? '`' : ''}${printable(l.file)}:${l.line}${md ? '`' : ''}`);
    }
    lines.push('');
  }
  lines.push(report.needsAction ? 'Something needs action (exit 1).' : report.items.length ? 'Nothing needs action; see the notices above.' : 'All clear.');
  return lines.join('\n') + '\n';
}
