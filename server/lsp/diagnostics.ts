// Findings → LSP diagnostics. The message names the provider and shows only the redacted secret;
// `data` carries what code actions need (fingerprint, offsets, suggested name), never the value.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { providerRules } from '../detect/rules/index';
import type { Finding, Severity } from '../detect/types';
import { dotenvMessage, dotenvSeverity, type DotenvStanding } from '../shared/dotenv-hint';
import { diagnosticSource, type DiagnosticData } from '../shared/protocol';

/** Where rules without their own docs link point. */
export const RULES_DOC = 'https://github.com/keywarden/keywarden/blob/main/README.md#detection-rules';

const docs = new Map(providerRules.filter((r) => r.docs).map((r) => [r.id, r.docs!]));

/** The provider's page for a rule's kind of credential, when the rule knows one. */
export function ruleDocs(ruleId: string): string | undefined {
  return docs.get(ruleId);
}

export const lspSeverity: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A diagnostic's kind for each way a .env stands with git. */
const dotenvKind: Record<DotenvStanding, Exclude<DiagnosticData['kind'], 'code'>> = { ignored: 'dotenv', tracked: 'trackedDotenv', unignored: 'unignoredDotenv' };

/** Where the finding is: source code (no standing), or a .env and how git sees it. */
export function diagnosticKind(standing: DotenvStanding | undefined): DiagnosticData['kind'] {
  return standing ? dotenvKind[standing] : 'code';
}

/** `standing`: the finding is in a .env that stands so with git; undefined in source code. */
export function toDiagnostic(doc: TextDocument, finding: Finding, standing: DotenvStanding | undefined): Diagnostic {
  const what = `${finding.description} ${finding.redacted}`;
  const kind = diagnosticKind(standing);
  const message = standing ? dotenvMessage(what, standing) : `${/^hardcoded /i.test(what) ? '' : 'Hardcoded '}${what} — move it to the OS keychain or .env`;
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    fingerprint: finding.fingerprint,
    suggestedName: finding.suggestedName,
    offset: finding.offset,
    endOffset: finding.endOffset,
    literal: finding.literal && { offset: finding.literal.offset, endOffset: finding.literal.endOffset },
    kind,
  };
  return {
    range: { start: doc.positionAt(finding.offset), end: doc.positionAt(finding.endOffset) },
    severity: lspSeverity[standing ? dotenvSeverity(standing, finding.severity) : finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocs(finding.ruleId) ?? RULES_DOC },
    source: diagnosticSource,
    message,
    data,
  };
}

export function isKeywardenDiagnostic(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  return d.source === diagnosticSource && typeof (d.data as DiagnosticData | undefined)?.fingerprint === 'string';
}
