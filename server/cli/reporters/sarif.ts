// SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule with help text and CWE-798, results
// with relative URIs under %SRCROOT% and a line-independent partial fingerprint. Messages carry only the
// redacted form of a secret.
import type { Severity } from '../../detect/types';
import { sortFindings, type ReportFinding, type ReportInput, type RuleInfo } from './report';
import { HOMEPAGE } from '../../version';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = HOMEPAGE;
const CWE_798 = 'https://cwe.mitre.org/data/definitions/798.html';
/** The key GitHub matches alerts across runs by; bump the version if fingerprints ever change meaning. */
export const FINGERPRINT_KEY = 'keywarden/v1';

type Level = 'error' | 'warning' | 'note';
const levels: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
/** GitHub's scale: ≥ 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, below low. */
const securitySeverity: Record<Severity, string> = { error: '9.0', warning: '6.5', info: '4.0', hint: '2.0' };

export function sarifReport({ findings, rules, toolVersion }: ReportInput): string {
  const catalog = [...rules];
  const index = new Map(catalog.map((r, i) => [r.id, i]));
  const results = sortFindings(findings).map((f) => {
    let ruleIndex = index.get(f.ruleId);
    if (ruleIndex === undefined) {
      ruleIndex = catalog.push({ id: f.ruleId, provider: f.provider, description: f.description, severity: f.severity }) - 1;
      index.set(f.ruleId, ruleIndex);
    }
    return sarifResult(f, ruleIndex);
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Keywarden',
          informationUri: INFORMATION_URI,
          version: toolVersion,
          semanticVersion: toolVersion,
          rules: catalog.map(sarifRule),
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function sarifRule(rule: RuleInfo) {
  const helpText = [
    `Keywarden found what looks like a hardcoded ${rule.description} (${rule.provider}).`,
    'A credential in source code reaches every clone, fork, build log and backup of the repository.',
    'Fix: treat it as exposed and rotate it with the provider; then load it at run time from the OS keychain',
    'or an environment variable (the Keywarden extension\'s "Move to vault" quick fix does the edit).',
    'Not a secret? Add `keywarden:ignore` on its line, or accept it into the baseline with `keywarden baseline`.',
  ].join(' ');
  const helpMarkdown = [
    `**${rule.description}** (${rule.provider}) hardcoded in source ([CWE-798](${CWE_798})).`,
    '',
    'A credential in source code reaches every clone, fork, build log and backup of the repository.',
    '',
    '1. Treat it as exposed: rotate it with the provider' + (rule.docs ? ` ([docs](${rule.docs}))` : '') + '.',
    '2. Load it at run time from the OS keychain or an environment variable; the Keywarden extension\'s',
    '   *Move to vault* quick fix makes the edit.',
    '',
    'Not a secret? Add `keywarden:ignore` on its line, or accept it into the baseline with `keywarden baseline`.',
  ].join('\n');
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: `Hardcoded ${rule.description}` },
    fullDescription: { text: `A ${rule.provider} credential (${rule.description}) is hardcoded in a file.` },
    help: { text: helpText, markdown: helpMarkdown },
    helpUri: rule.docs ?? CWE_798,
    defaultConfiguration: { level: levels[rule.severity] },
    properties: {
      tags: ['security', 'secrets', 'external/cwe/cwe-798'],
      precision: 'high',
      'security-severity': securitySeverity[rule.severity],
    },
  };
}

function sarifResult(f: ReportFinding, ruleIndex: number) {
  const h = f.history;
  const committed = h ? ` It was committed in ${h.commit.slice(0, 7)} on ${h.date.slice(0, 10)} (${h.commits} commit${h.commits === 1 ? '' : 's'}).` : '';
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: levels[f.severity],
    message: { text: `${f.description} found: ${f.redacted}.${committed} Rotate it and load it from the keychain or an environment variable (suggested name ${f.suggestedName}).` },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: toUri(f.file), uriBaseId: '%SRCROOT%' },
        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      },
    }],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      provider: f.provider, confidence: f.confidence, environment: f.environment, suggestedName: f.suggestedName,
      ...(h ? { commitSha: h.commit, author: h.author, date: h.date, commits: h.commits } : {}),
    },
  };
}

/** A relative path as a relative URI reference: `/` separators, each segment percent-encoded. */
function toUri(path: string): string {
  return path.split(/[\\/]/).map((s) => encodeURIComponent(s)).join('/');
}

function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}
