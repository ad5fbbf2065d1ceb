import type { Confidence, EnvironmentHint, Severity } from './types';

/** What a rule's `validate` may say about one candidate. Return `false` to reject it. */
export interface Verdict {
  confidence?: Confidence;
  environment?: EnvironmentHint;
  severity?: Severity;
  /** Overrides the rule's description for this finding, e.g. "Stripe test secret key". */
  description?: string;
  /** Env var name the rule read from the match itself (generic rules capture the assigned name). */
  suggestedName?: string;
}

export interface RuleContext {
  /** The full text being scanned. */
  text: string;
  /** Path of the file (for file-kind signals); may be '' for unsaved buffers. */
  path: string;
  /** How eager generic rules should be (`generic.sensitivity` in the config); 'medium' when absent. */
  sensitivity?: 'low' | 'medium' | 'high';
}

/**
 * A provider rule. One file per provider in `server/detect/rules/`, each exporting its rule(s); the samples live
 * in the sibling `<provider>.samples.ts` (see `RuleSamples`).
 * The engine runs `pattern` only when the lowercased text contains one of `keywords` (the prefilter).
 */
export interface Rule {
  /** Stable kebab-case id, e.g. `stripe-secret-key`. Never rename: baselines and ignore lists use it. */
  id: string;
  provider: string;
  description: string;
  /** Lowercase literals; at least one must occur in the text for the rule to run. Empty = always runs. */
  keywords: string[];
  /**
   * Global regex. The secret is the named group `secret` if present, else group 1, else the whole match.
   * Must run in linear time: no nested quantifiers over overlapping classes; bound every repetition.
   */
  pattern: RegExp;
  /** Capture group holding the secret when it is neither `secret` nor 1 (user rules from the config). */
  secretGroup?: number | string;
  /**
   * Every match starts exactly where one of `keywords` occurs (case-insensitively): the engine then tries the
   * pattern (sticky) only at those offsets instead of running it over the whole text.
   */
  anchored?: boolean;
  /**
   * Every match the rule keeps lies within `within` characters of one of these keywords (what its validation
   * looks for nearby): the pattern then runs only over those windows, not the whole text. `keywords` above still
   * decide whether the rule runs. As for an edit's re-run, the pattern's matches must not depend on where a
   * search starts (delimit them with lookarounds). Not for anchored rules.
   */
  near?: { keywords: string[]; within: number };
  /** True for the generic assignment rules: a provider rule on the same span wins over them. */
  generic?: boolean;
  /** Default severity; 'error' when omitted. */
  severity?: Severity;
  /** Default confidence; 'high' when omitted. */
  confidence?: Confidence;
  /** Default env var name when the context suggests none, e.g. STRIPE_SECRET_KEY. */
  envVar: string;
  /** Minimum Shannon entropy (bits/char) of the secret; candidates below are dropped. */
  minEntropy?: number;
  /**
   * Farthest `validate` (and the pattern's lookarounds) read outside the match, in characters; the engine's
   * default (3,072) when omitted. An edit re-runs the rule only this far (plus a match's length) around it.
   */
  reach?: number;
  /**
   * Structural checks (checksums, decoding). `false` rejects; a Verdict adjusts the finding. `match` has no
   * `indices`: the engine runs patterns without the `d` flag (secret-end.ts).
   */
  validate?: (secret: string, match: RegExpExecArray, ctx: RuleContext) => Verdict | false;
  /** Link to docs about this kind of credential (shown as the diagnostic's codeDescription). */
  docs?: string;
}

/**
 * True samples must each yield at least one finding of their rule; false samples none of it. Samples are whole
 * snippets as they would appear in a file (an assignment, a config line). They are test data: each rule file
 * `rules/<provider>.ts` has a sibling `rules/<provider>.samples.ts` exporting `samples: RuleSamples`, which no
 * production module imports, so no sample ships in a bundle.
 */
export interface SampleSet {
  tps: string[];
  fps: string[];
}

/** A samples file's export: rule id → its samples. */
export type RuleSamples = Record<string, SampleSet>;

export function defineRule(rule: Rule): Rule {
  if (!rule.pattern.global) throw new Error(`rule ${rule.id}: pattern needs the g flag`);
  return rule;
}
