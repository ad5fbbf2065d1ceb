// The detection engine's public API. Pure: no editor imports; text in, findings out.
export type { Confidence, EnvironmentHint, Finding, Position, Severity } from './types';
export type { Rule, RuleContext, Verdict } from './rule';
export { defineRule } from './rule';
export { matchRule, type RuleMatch } from './match-rule';
export { shannonEntropy } from './entropy';
export { redact } from './redact';
export { findingFingerprint, fingerprintMatches, valueFingerprint } from './fingerprint';
export { CONFIG_PATH, defaultConfig, formatIssuePath, loadConfig, parseConfig, type KeywardenConfig } from './config';
export { copyFinding, createScanner, isGenericRule, pathExcluder, scan, type Rescan, type ScanMemo, type Scanner, type ScannerOptions } from './scanner';
export { isPlaceholder, isStandInValue } from './placeholder';
export { commentFor, ignoreComment, type CommentSyntax } from './suppression';
export { BASELINE_PATH, addToBaseline, applyBaseline, loadBaseline, writeBaseline, type Baseline, type BaselineEntry } from './baseline';
export {
  looksBinary, readTextFile, walkFiles, walkPaths,
  type ReadResult, type SkipReason, type SkippedFile, type WalkOptions, type WalkedFile,
} from './walker';
export { scanBatch, type BatchRequest, type BatchResult } from './scan-batch';
export { isDotenvPath, isDotenvSyntaxPath, isDotenvTemplatePath, isGeneratedPath } from './file-kind';
export { LineIndex } from './line-index';
export { providerRules } from './rules/index';
