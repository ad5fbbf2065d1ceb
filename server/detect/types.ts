// Shared shapes of the detection engine. Pure data: no editor types, never a secret value.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Confidence = 'high' | 'medium' | 'low';
/** Whether the credential looks like a live/production one or a test-mode one. */
export type EnvironmentHint = 'live' | 'test' | 'unknown';

/** A 1-based line/column position; `column` counts UTF-16 code units like LSP and VS Code. */
export interface Position {
  line: number;
  column: number;
}

export interface Finding {
  ruleId: string;
  /** Human name of the provider, e.g. "Stripe". */
  provider: string;
  /** What was found, e.g. "Stripe live secret key". */
  description: string;
  /** The path as given to `scan` (the CLI makes it relative for output). */
  file: string;
  /** Start of the secret, 1-based. */
  line: number;
  column: number;
  /** End of the secret, 1-based, `endColumn` exclusive. */
  endLine: number;
  endColumn: number;
  /** 0-based offsets of the secret in the scanned text (`endOffset` exclusive). */
  offset: number;
  endOffset: number;
  /**
   * The whole string literal that holds the secret, quotes included, when there is one; quick fixes
   * replace this range with an environment lookup. Absent for unquoted values (.env, YAML plain scalars).
   */
  literal?: { offset: number; endOffset: number; quote: string };
  /** Masked form safe to print anywhere: `sk_live_…4f2a`. */
  redacted: string;
  /** Stable id of this secret in this file: rule, the value's keyed fingerprint and path. No line numbers. */
  fingerprint: string;
  /** The unsalted form older baselines hold: only for matching them, never printed or written. */
  legacyFingerprint?: string;
  severity: Severity;
  confidence: Confidence;
  environment: EnvironmentHint;
  /** Env var name suggested from context (`stripeSecretKey` → STRIPE_SECRET_KEY) or the rule's default. */
  suggestedName: string;
}

/**
 * A rule that threw or ran over its time on one file: its findings there are dropped and the scan goes on.
 * Names the rule, the file and the line, never the text.
 */
export interface RuleFault {
  ruleId: string;
  file: string;
  /** 1-based line of the match the rule was judging, when it got that far. */
  line?: number;
  /** What went wrong, e.g. `threw TypeError`, `ran over 1000 ms`. */
  reason: string;
}
