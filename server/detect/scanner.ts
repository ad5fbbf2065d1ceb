// The scan pipeline: keyword prefilter → rules → engine-wide filters → suppression → dedupe → findings.
import ignore, { type Ignore } from 'ignore';
import type { KeywardenConfig } from './config';
import { compileUserRegex, defaultSettings } from './default-config';
import { BASELINE_PATH } from './project-paths';
import { environmentFromContext } from './environment';
import { isGeneratedPath } from './file-kind';
import { KeywordIndex, type KeywordHits } from './keyword-index';
import { LineIndex } from './line-index';
import { lowerBound } from './offset-list';
import { assignedName, LiteralFinder, toEnvName, valueStart, withYamlParent } from './literal';
import { CUSTOM_RULE_BUDGET_MS, matchRuleWithin, RuleTimeout } from './bounded-match';
import { changeWindow, editWindow, originOf, spliceMatches, windowFor, type TextChange } from './edit-window';
import { matchRule, RuleError, type RuleMatch, type SearchRange } from './match-rule';
import { isStandInValue } from './placeholder';
import { findingFingerprint, legacyFindingFingerprint, legacyValueFingerprint, prepareFindingFingerprint, PUBLIC_SALT } from './fingerprint';
import { redact } from './redact';
import type { Rule, RuleContext } from './rule';
import { providerRules } from './rules/index';
import { commentFor, SUPPRESSION_MARKERS, Suppressions } from './suppression';
import type { Confidence, Finding, RuleFault } from './types';

export interface Scanner {
  readonly config: KeywardenConfig;
  /** What it was created with (a worker pool creates its scanners the same way). */
  readonly options: ScannerOptions;
  /** The rules this scanner runs: built-ins minus disabled ones, plus the config's own. */
  readonly rules: readonly Rule[];
  /**
   * Findings in `text`, sorted by position. `path` is used for file-kind signals and fingerprints; this does
   * not check whether the path is excluded (call `isExcludedPath` first). Pure: safe to call from a worker.
   * A rule that throws, or a custom rule that overruns its time, loses its result for this text alone: the
   * other rules' findings are returned and the failure is pushed to `faults` (one per rule).
   */
  scan(text: string, path: string, faults?: RuleFault[]): Finding[];
  /**
   * `scan()` of `text` after an edit of the text `previous` was made from: rule matches away from the edit are
   * reused, so a keystroke costs about what it changed. Always the same findings as `scan()`. The memo it
   * returns is for the next edit (absent when a rule failed: the next call scans everything). `change`, when the
   * caller knows what changed since `previous` (an editor's change events), spares comparing the two texts.
   */
  rescan(previous: ScanMemo | undefined, text: string, path: string, faults?: RuleFault[], change?: TextChange): Rescan;
  /** Allowlisted paths (gitignore-style globs), plus lock and generated files when `skipGenerated`. */
  isExcludedPath(relPath: string): boolean;
}

/** What `rescan` keeps of a scan: the text and each rule's matches (undefined: the rule did not run). */
export interface ScanMemo {
  readonly scanner: Scanner;
  readonly text: string;
  readonly path: string;
  readonly byRule: readonly (readonly RuleMatch[] | undefined)[];
  readonly hits?: KeywordHits;
  /** The text's line index, when the scan needed one. */
  readonly lines?: LineIndex;
  /** Per match found: its fingerprints once read, so an edit elsewhere does not hash the same secret again. */
  readonly fingerprints?: ReadonlyMap<RuleMatch, FingerprintCache>;
}

interface FingerprintCache {
  fingerprint?: string;
  legacy?: string;
}

export interface Rescan {
  findings: Finding[];
  memo?: ScanMemo;
  /** How many rules kept their earlier matches away from the edit (for logs and tests). */
  reused: number;
}

/** Below this size a whole scan costs less than working out what an edit changed. */
const RESCAN_MIN_CHARS = 16_384;

export function isGenericRule(rule: Rule): boolean {
  return rule.generic ?? rule.id.startsWith('generic-');
}

/** A config rule as a Rule. */
function customRule(r: KeywardenConfig['rules'][number]): Rule {
  return {
    id: r.id,
    provider: 'Custom',
    description: r.description ?? `Custom rule ${r.id}`,
    keywords: (r.keywords ?? []).map((k) => k.toLowerCase()),
    pattern: compileUserRegex(r.regex, 'g'),
    severity: r.severity,
    envVar: r.envVar ?? toEnvName(r.id),
    secretGroup: r.secretGroup,
  };
}

/** The config's path exclusions as a predicate over paths relative to the project root. */
export function pathExcluder(config: KeywardenConfig): (relPath: string) => boolean {
  // None (the usual case): no matcher, whose per-path cache would only cost the walk time and memory.
  const allowPaths: Ignore | undefined = config.allowlist.paths.length > 0 ? ignore().add(config.allowlist.paths) : undefined;
  return (relPath) => {
    const rel = relPath.replace(/\\/g, '/').replace(/^\.\//, '');
    if (config.skipGenerated && isGeneratedPath(rel)) return true;
    if (rel === BASELINE_PATH) return true;
    return allowPaths !== undefined && rel !== '' && !rel.startsWith('/') && !rel.startsWith('../') && !/^[A-Za-z]:/.test(rel) && allowPaths.ignores(rel);
  };
}

/** Ascending union of ascending offset lists: merged two at a time (a rule has a few keywords), no sort. */
function mergeSorted(lists: readonly (readonly number[])[]): readonly number[] {
  let out: readonly number[] = [];
  for (const list of lists) out = out.length === 0 ? list : list.length === 0 ? out : mergeTwo(out, list);
  return out;
}

function mergeTwo(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(Math.min(x, y));
  }
  while (i < a.length) out.push(a[i++] ?? 0);
  while (j < b.length) out.push(b[j++] ?? 0);
  return out;
}

/**
 * The ranges a `near` rule searches: `within` characters either side of each offset in `near` (ascending),
 * merged, clipped to [from, until) and to the text. A match there ends within `within` of its keyword, so the
 * search reads no farther than that past a range (not the 17 KB a match of any rule may take).
 */
function nearRanges(near: readonly number[], within: number, from: number, until: number, length: number): SearchRange[] {
  const out: SearchRange[] = [];
  const end = Math.min(until, length);
  const tail = 2 * within + 1;
  for (const p of near) {
    const a = Math.max(from, p - within);
    const b = Math.min(end, p + within + 1);
    if (a >= b) continue;
    const last = out[out.length - 1];
    if (last && a <= last.until) last.until = Math.max(last.until, b);
    else out.push({ from: a, until: b, tail });
  }
  return out;
}

/** Whether [from, to) overlaps one of `kept`: deduplicated matches, so disjoint and ascending. */
type Covered = (from: number, to: number) => boolean;

function coveredBy(kept: readonly RuleMatch[]): Covered {
  const ends = kept.map((m) => m.endOffset);
  return (from, to) => {
    const k = lowerBound(ends, from + 1);
    return k < kept.length && (kept[k]?.offset ?? Infinity) < to;
  };
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

class RuleScanner implements Scanner {
  readonly rules: readonly Rule[];
  private readonly index: KeywordIndex;
  /** Per rule: ids of its keywords in the index. */
  private readonly ruleKeywords: number[][];
  /** The inverted index: per keyword id, the rules (by position) that it lets run. */
  private readonly rulesOf: number[][];
  /** Per rule: ids of its `near` keywords (undefined: it searches the whole text). */
  private readonly nearKeywords: (number[] | undefined)[];
  /** Rules with no keyword: they run on every text. */
  private readonly everywhere: number[];
  /** Scratch for `toRun`, all zero between calls. */
  private readonly marked: Uint8Array;
  private readonly markerIds: number[];
  private readonly allowRegexes: RegExp[];
  private readonly allowValues: Set<string>;
  /** Whether any allowlisted value is a fingerprint, so that hashing each candidate is worth it. */
  private readonly allowFingerprints: boolean;
  private readonly order = new Map<Rule, number>();
  /** Per rule: whether it is generic (ranks below every provider rule in dedupe). */
  private readonly genericAt: boolean[];
  /** The config's own rules: their regexes run with a time budget per file. */
  private readonly custom = new Set<Rule>();

  constructor(readonly config: KeywardenConfig, readonly options: ScannerOptions = {}) {
    const disabled = new Set(config.disabledRules);
    const generic = config.generic.sensitivity !== 'off';
    const custom = config.rules.map(customRule);
    custom.forEach((r) => this.custom.add(r));
    this.rules = [...providerRules, ...custom]
      .filter((r) => !disabled.has(r.id) && (generic || !isGenericRule(r)));
    this.rules.forEach((r, i) => this.order.set(r, i));
    this.genericAt = this.rules.map(isGenericRule);
    this.index = new KeywordIndex([...this.rules.flatMap((r) => [...r.keywords, ...(r.near?.keywords ?? [])]), ...SUPPRESSION_MARKERS]);
    this.nearKeywords = this.rules.map((r) => (r.near && !r.anchored ? r.near.keywords.map((k) => this.index.idOf(k)) : undefined));
    // An empty keyword would never be found: such a rule runs on every text, like one without keywords.
    this.ruleKeywords = this.rules.map((r) => r.keywords.map((k) => this.index.idOf(k)).filter((id) => id >= 0));
    this.rulesOf = [];
    this.everywhere = [];
    this.marked = new Uint8Array(this.rules.length);
    this.ruleKeywords.forEach((ids, i) => {
      if (ids.length === 0) this.everywhere.push(i);
      for (const id of ids) (this.rulesOf[id] ??= []).push(i);
    });
    this.markerIds = SUPPRESSION_MARKERS.map((k) => this.index.idOf(k));
    this.allowRegexes = config.allowlist.regexes.map((src) => compileUserRegex(src));
    this.allowValues = new Set(config.allowlist.values);
    this.allowFingerprints = config.allowlist.values.some((v) => v.startsWith('sha256:'));
    this.isExcludedPath = pathExcluder(config);
  }

  readonly isExcludedPath: (relPath: string) => boolean;

  scan(text: string, path: string, faults?: RuleFault[]): Finding[] {
    return this.analyse(undefined, text, path, faults, undefined, false).findings;
  }

  rescan(previous: ScanMemo | undefined, text: string, path: string, faults?: RuleFault[], change?: TextChange): Rescan {
    return this.analyse(previous, text, path, faults, change, true);
  }

  /**
   * `forEdit`: the caller keeps the memo for an edit, so every rule's matches must be whole. Without it (scan()),
   * no memo is made, and generic candidates inside a provider's finding are not validated: dedupe drops them.
   */
  private analyse(previous: ScanMemo | undefined, text: string, path: string, faults: RuleFault[] | undefined, change: TextChange | undefined, forEdit: boolean): Rescan {
    if (text.length === 0) return { findings: [], memo: { scanner: this, text, path, byRule: [] }, reused: 0 };
    const reusable = previous && previous.scanner === this && previous.path === path && text.length >= RESCAN_MIN_CHARS;
    const window = !reusable ? undefined : change ? changeWindow(previous.text, text, change) : editWindow(previous.text, text);
    const hits = !reusable || !previous.hits ? this.index.search(text)
      : window ? this.index.update(previous.hits, text, window.start, window.oldEnd, window.newEnd) : previous.hits;
    const sensitivity = this.config.generic.sensitivity;
    const ctx: RuleContext = { text, path, sensitivity: sensitivity === 'off' ? undefined : sensitivity };
    const failed: RuleFault[] = [];
    let reused = 0;
    const run = (i: number, covered?: Covered): RuleMatch[] | undefined => {
      const rule = this.rules[i];
      const ids = this.ruleKeywords[i];
      if (!rule || !ids) return undefined; // i indexes this.rules, and ruleKeywords is built from it
      const startsIn = (from = 0, until = Infinity) => (rule.anchored && ids.length > 0 ? mergeSorted(ids.map((id) => hits.positionsIn(id, from, until))) : undefined);
      const near = this.nearKeywords[i];
      const within = rule.near?.within ?? 0;
      const rangesIn = (from = 0, until = Infinity) => (near
        ? nearRanges(mergeSorted(near.map((id) => hits.positionsIn(id, from - within, until + within))), within, from, until, text.length)
        : undefined);
      const old = reusable ? previous.byRule[i] : undefined;
      if (old && !window) {
        reused++;
        return old as RuleMatch[];
      }
      // Custom rules run under a time budget per text: always on the whole text.
      if (old && window && !this.custom.has(rule)) {
        const before = failed.length;
        const spliced = spliceMatches(old, rule.reach === undefined ? window : windowFor(window, rule.reach), (from, until) => this.keptMatches(rule, ctx, startsIn(from, until), failed, rangesIn(from, until) ?? [{ from, until }]));
        // A rule that fails loses its whole result, as in a whole-text scan.
        if (failed.length > before) return [];
        if (spliced) {
          reused++;
          return spliced;
        }
      }
      return this.keptMatches(rule, ctx, startsIn(), failed, rangesIn(), covered);
    };
    const ran = this.toRun(hits);
    // Per rule in `ran`, its matches.
    const found = new Array<RuleMatch[] | undefined>(ran.length);
    const hasMarkers = this.markerIds.some((id) => hits.has(id));
    if (forEdit || this.options.dedupe === false || hasMarkers) {
      for (let k = 0; k < ran.length; k++) found[k] = run(ran[k] ?? 0);
    } else {
      // Provider rules first: a generic candidate that overlaps one of their deduplicated findings is dropped by
      // dedupe, so its validation (the costliest per candidate) is skipped. Suppression markers would drop
      // provider findings before dedupe: with any, every candidate is judged.
      const providers: RuleMatch[] = [];
      for (let k = 0; k < ran.length; k++) {
        const i = ran[k] ?? 0;
        if (this.genericAt[i]) continue;
        const m = (found[k] = run(i));
        if (m) for (const x of m) providers.push(x);
      }
      const covered = providers.length > 0 ? coveredBy(this.dedupe(providers)) : undefined;
      for (let k = 0; k < ran.length; k++) {
        const i = ran[k] ?? 0;
        if (this.genericAt[i]) found[k] = run(i, covered);
      }
      // Faults in rule order, as a run in that order pushes them.
      if (failed.length > 1) failed.sort((a, b) => this.positionOf(a.ruleId) - this.positionOf(b.ruleId));
    }
    faults?.push(...failed);
    let matches: RuleMatch[] = [];
    for (const m of found) if (m && m.length > 0) matches.push(...m);
    // What an edit's rescan starts from; a scan() keeps none.
    const byRule = (): (RuleMatch[] | undefined)[] => {
      const all = new Array<RuleMatch[] | undefined>(this.rules.length).fill(undefined);
      ran.forEach((i, k) => { all[i] = found[k]; });
      return all;
    };
    const keep = forEdit && failed.length === 0;
    if (matches.length === 0) return { findings: [], memo: keep ? { scanner: this, text, path, byRule: byRule(), hits } : undefined, reused };
    const lines = !reusable || !previous.lines ? new LineIndex(text)
      : window ? previous.lines.edited(text, window.start, window.oldEnd, window.newEnd) : previous.lines;
    const fingerprints = new Map<RuleMatch, FingerprintCache>();
    const memo = keep ? { scanner: this, text, path, byRule: byRule(), hits, lines, fingerprints } : undefined;
    if (hasMarkers) {
      const sup = new Suppressions(lines);
      matches = matches.filter((m) => !sup.isSuppressed(lines.lineOf(m.offset), lines.lineOf(Math.max(m.offset, m.endOffset - 1))));
    }
    // `#` starts a comment only where the file's language says so (not in JS: `this.#token`).
    const literals = new LiteralFinder(lines, path !== '' && commentFor(path)?.start === '#');
    const kept = this.options.dedupe === false ? matches.sort((a, b) => a.offset - b.offset) : this.dedupe(matches);
    const known = reusable ? previous.fingerprints : undefined;
    const findings = kept.map((m) => {
      const cache = known?.get(originOf(m)) ?? {};
      if (memo) fingerprints.set(m, cache);
      return this.toFinding(m, lines, path, literals, cache);
    });
    return { findings, memo, reused };
  }

  /** Positions of the rules whose keywords `hits` has (and those without keywords), ascending. */
  private toRun(hits: KeywordHits): number[] {
    const found = hits.found();
    if (found.length === 0) return this.everywhere;
    const marked = this.marked;
    const out = [...this.everywhere];
    for (const i of out) marked[i] = 1;
    for (const id of found) {
      for (const i of this.rulesOf[id] ?? []) {
        if (marked[i] === 0) { marked[i] = 1; out.push(i); }
      }
    }
    for (const i of out) marked[i] = 0;
    return out.sort((a, b) => a - b);
  }

  /** One rule's matches that pass the engine-wide filters, over `ranges` (absent: the whole text). */
  private keptMatches(rule: Rule, ctx: RuleContext, starts: readonly number[] | undefined, faults: RuleFault[], ranges?: readonly SearchRange[], covered?: Covered): RuleMatch[] {
    if (!ranges) return this.runRule(rule, ctx, starts, faults, undefined, covered).filter((m) => this.keep(m.secret));
    const before = faults.length;
    const out: RuleMatch[] = [];
    for (const range of ranges) {
      for (const m of this.runRule(rule, ctx, starts, faults, range, covered)) if (this.keep(m.secret)) out.push(m);
      // A rule that fails loses its whole result, as in a whole-text search.
      if (faults.length > before) return [];
    }
    return out;
  }

  /** One rule over the text; its failure costs its own result only. */
  private runRule(rule: Rule, ctx: RuleContext, starts: readonly number[] | undefined, faults?: RuleFault[], range?: SearchRange, covered?: Covered): RuleMatch[] {
    try {
      return this.custom.has(rule) ? matchRuleWithin(rule, ctx, starts, this.options.customRuleBudgetMs ?? CUSTOM_RULE_BUDGET_MS) : matchRule(rule, ctx, starts, range, covered);
    } catch (err) {
      faults?.push(describeFault(rule, ctx, err));
      return [];
    }
  }

  /** Engine-wide filters on the secret value: placeholders and the allowlist. */
  private keep(secret: string): boolean {
    if (isStandInValue(secret) || this.allowValues.has(secret)) return false;
    if (this.allowFingerprints && this.allowValues.has(legacyValueFingerprint(secret))) return false;
    return !this.allowRegexes.some((re) => re.test(secret));
  }

  /** Among overlapping candidates keep the best: provider over generic, then confidence, length, rule order. */
  private dedupe(matches: RuleMatch[]): RuleMatch[] {
    matches.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
    const out: RuleMatch[] = [];
    let cluster: RuleMatch[] = [];
    let clusterEnd = -1;
    const flush = () => {
      cluster.sort((a, b) => this.rank(a) - this.rank(b) || (b.endOffset - b.offset) - (a.endOffset - a.offset));
      const kept: RuleMatch[] = [];
      for (const m of cluster) if (!kept.some((k) => m.offset < k.endOffset && k.offset < m.endOffset)) kept.push(m);
      out.push(...kept.sort((a, b) => a.offset - b.offset));
      cluster = [];
    };
    for (const m of matches) {
      if (m.offset >= clusterEnd && cluster.length > 0) flush();
      cluster.push(m);
      clusterEnd = Math.max(clusterEnd, m.endOffset);
    }
    flush();
    return out;
  }

  private positionOf(ruleId: string): number {
    return this.rules.findIndex((r) => r.id === ruleId);
  }

  private rank(m: RuleMatch): number {
    const generic = isGenericRule(m.rule) ? 1 : 0;
    const confidence = CONFIDENCE_RANK[m.verdict.confidence ?? m.rule.confidence ?? 'high'];
    return generic * 1e7 + confidence * 1e6 + (this.order.get(m.rule) ?? 0);
  }

  private toFinding(m: RuleMatch, lines: LineIndex, path: string, literals: LiteralFinder, fingerprints: FingerprintCache): Finding {
    const { rule, verdict } = m;
    const start = lines.position(m.offset);
    const end = lines.position(m.endOffset);
    const literal = literals.find(m.offset, m.endOffset);
    const suggestedName = withYamlParent(lines, m.offset, path, verdict.suggestedName
      ?? assignedName(lines, literal?.offset ?? valueStart(lines, m.offset))
      ?? rule.envVar);
    // Built in key order with the fingerprints' shared accessors in their places: every finding then has one
    // hidden class (a per-finding getter, or an accessor over a data property, made each a slow dictionary).
    const finding = {
      ruleId: rule.id,
      provider: rule.provider,
      description: verdict.description ?? rule.description,
      file: path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: m.offset,
      endOffset: m.endOffset,
      redacted: redact(m.secret),
    } as Finding;
    Object.defineProperty(finding, 'fingerprint', LAZY_FINGERPRINT);
    finding.severity = this.config.severity[rule.id] ?? verdict.severity ?? rule.severity ?? 'error';
    finding.confidence = verdict.confidence ?? rule.confidence ?? 'high';
    finding.environment = verdict.environment ?? environmentFromContext(path, suggestedName);
    finding.suggestedName = suggestedName;
    if (literal) finding.literal = literal;
    Object.defineProperty(finding, 'legacyFingerprint', LAZY_LEGACY_FINGERPRINT);
    const source: FingerprintSource = { ruleId: rule.id, secret: m.secret, path, salt: this.options.fingerprintSalt ?? PUBLIC_SALT, cache: fingerprints };
    // Writable: a read-only one would also turn the object into a dictionary.
    Object.defineProperty(finding, SOURCE, { value: source, writable: true });
    return finding;
  }
}

export interface ScannerOptions {
  /** false: keep every rule's finding even where another rule's overlaps (rule tests, debugging). */
  dedupe?: boolean;
  /** The project's fingerprint salt (`.keywarden/project.json`); PUBLIC_SALT without one. */
  fingerprintSalt?: string;
  /** Time a custom rule may take on one text (default CUSTOM_RULE_BUDGET_MS). */
  customRuleBudgetMs?: number;
}

/**
 * What a finding's fingerprints are computed from, when first read (a keyed fingerprint costs a scrypt): a scan
 * whose findings are only counted pays nothing. A non-enumerable own property, so JSON, spreads and worker
 * messages leave it (and the secret) out, and a copy made from the finding's descriptors shares it. `cache` is
 * shared with the same match's finding in the previous scan of an edited text: a keystroke hashes new matches only.
 */
const SOURCE = Symbol('fingerprint source');

interface FingerprintSource {
  ruleId: string;
  secret: string;
  path: string;
  salt: string;
  cache: FingerprintCache;
  /** A fingerprint set on the finding (as `Object.assign` of a copy's changes may). */
  assigned?: string;
}

function sourceOf(finding: object): FingerprintSource | undefined {
  return (finding as { [SOURCE]?: FingerprintSource })[SOURCE];
}

function sourceFor(finding: object): FingerprintSource {
  const source = sourceOf(finding);
  if (!source) throw new Error('a lazy fingerprint was copied without its finding\'s descriptors (use copyFinding)');
  return source;
}

// Enumerable accessors, shared by every finding, so that JSON and worker messages carry the values.
const LAZY_FINGERPRINT: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object) {
    const s = sourceFor(this);
    return s.assigned ?? (s.cache.fingerprint ??= findingFingerprint(s.ruleId, s.secret, s.path, s.salt));
  },
  set(this: object, v: string) {
    sourceFor(this).assigned = v;
  },
};
const LAZY_LEGACY_FINGERPRINT: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object) {
    const s = sourceFor(this);
    return (s.cache.legacy ??= legacyFindingFingerprint(s.ruleId, s.secret, s.path));
  },
};

/**
 * Computes the findings' costly fingerprints (a scrypt per distinct guessable value) on libuv's thread pool,
 * so that a report reading them later, or a worker's postMessage, finds them cached. Findings whose
 * fingerprints were already computed or sent from a worker cost nothing.
 */
export async function prepareFingerprints(findings: readonly Finding[]): Promise<void> {
  await Promise.all(findings.map((f) => {
    const s = sourceOf(f);
    return s && prepareFindingFingerprint(s.secret, s.salt);
  }));
}

/**
 * A copy of `finding` with `changes`, its fingerprints still lazy: a spread (`{ ...f }`) reads every getter,
 * and a scan with a thousand guessable values would pay a thousand scrypts for fingerprints nobody prints.
 */
export function copyFinding<T extends Finding, C extends object>(finding: T, changes: C): Omit<T, keyof C> & C {
  return Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(finding)) as T, changes);
}

/**
 * `finding` as a worker sends it: plain data, with its fingerprints when `fingerprints` (reading them computes
 * them, in the worker that holds the value) and without them otherwise, so a text report costs no scrypt.
 */
export function transferableFinding(finding: Finding, fingerprints: boolean): Finding {
  if (fingerprints) return { ...finding };
  const { fingerprint: _f, legacyFingerprint: _l, [SOURCE]: _s, ...data } = Object.getOwnPropertyDescriptors(finding) as PropertyDescriptorMap & { [SOURCE]?: PropertyDescriptor };
  return Object.defineProperties({}, data) as Finding;
}

/** A finding received without fingerprints: reading one is a bug of the caller, not an empty string. */
export function withoutFingerprints(finding: Finding): Finding {
  const missing = () => { throw new Error('this scan was run without fingerprints (ScanRunOptions.fingerprints)'); };
  return Object.defineProperties(finding, { fingerprint: { enumerable: true, get: missing }, legacyFingerprint: { enumerable: true, get: missing } });
}

function describeFault(rule: Rule, ctx: RuleContext, err: unknown): RuleFault {
  const offset = err instanceof RuleError ? err.offset : undefined;
  const cause = err instanceof RuleError ? err.cause : err;
  const reason = err instanceof RuleTimeout ? err.message
    : cause instanceof RangeError && /call stack/i.test(cause.message) ? 'ran out of stack'
    : `threw ${cause instanceof Error ? cause.name : 'an exception'}`;
  const fault: RuleFault = { ruleId: rule.id, file: ctx.path, reason };
  if (offset !== undefined) fault.line = lineNumberAt(ctx.text, offset);
  return fault;
}

function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A fault as one line of text: rule, file, line and reason, never the text itself. */
export function describeRuleFault(f: RuleFault): string {
  return `rule ${f.ruleId} failed on ${f.file || 'this document'}${f.line !== undefined ? ` line ${f.line}` : ''} (${f.reason}); its findings there are left out, the rest is scanned. ${
    f.reason.startsWith('ran over') ? 'Make its regex simpler or give it keywords in .keywarden/config.json.' : 'Please report this as a Keywarden bug.'}`;
}

/** A scanner with its rules compiled once; reuse it for every file of a scan. */
export function createScanner(config: KeywardenConfig = defaultSettings(), options?: ScannerOptions): Scanner {
  return new RuleScanner(config, options);
}

const scanners = new WeakMap<KeywardenConfig, Scanner>();
let defaultScanner: Scanner | undefined;

/** Convenience for one-off scans; caches a scanner per config object. */
export function scan(text: string, path: string, config?: KeywardenConfig): Finding[] {
  if (!config) return (defaultScanner ??= createScanner()).scan(text, path);
  let s = scanners.get(config);
  if (!s) scanners.set(config, (s = createScanner(config)));
  return s.scan(text, path);
}
