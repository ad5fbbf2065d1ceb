// Checking one document: the project's scanner, config, baseline and suppression comments exactly as the
// CLI applies them, then the editor settings (enable, exclude, severity overrides) and the .env rule.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import ignore, { type Ignore } from 'ignore';
import { applyBaseline } from '../detect/baseline';
import type { TextChange } from '../detect/edit-window';
import { copyFinding, describeRuleFault, type ScanMemo } from '../detect/scanner';
import type { Finding, RuleFault } from '../detect/types';
import { silentLogger, type Logger } from '../log';
import { dotenvStanding } from '../vault/git';
import type { DotenvStanding } from '../shared/dotenv-hint';
import type { DiagnosticData } from '../shared/protocol';
import { diagnosticKind, toDiagnostic } from './diagnostics';
import { preloadRewrite } from './env-lookup';
import { isDotenvPath } from '../detect/file-kind';
import { projectRoot, relativePath, uriToPath } from './paths';
import type { Project, Projects } from './projects';
import type { Settings } from './settings';

export interface Analysis {
  uri: string;
  version: number;
  /** Absent for documents that are not files (untitled buffers). */
  path?: string;
  project?: Project;
  /** The findings shown (after baseline, suppression and settings), without secret values. */
  findings: Finding[];
  diagnostics: Diagnostic[];
  kind: DiagnosticData['kind'];
}

export class Analyzer {
  private readonly excludes = new Map<string, Ignore>();
  private readonly standings = new Map<string, { at: number; standing: Promise<DotenvStanding> }>();
  /** Rule failures already logged, per rule and document: a check runs on every keystroke. */
  private readonly loggedFaults = new Set<string>();
  /** Per open document: its last scan, which the next edit's `rescan` starts from. */
  private readonly memos = new Map<string, ScanMemo>();
  /**
   * Per document with a memo: how much of the memo's text its change events left at its start and its end, and
   * the version they brought it to (a text that changed otherwise is compared with the memo's instead).
   */
  private readonly unchanged = new Map<string, { head: number; tail: number; version: number }>();

  constructor(
    private readonly projects: Projects,
    private readonly folders: () => readonly string[],
    private readonly logger: Logger = silentLogger,
    /** Restricted Mode: git (whose repository config can run programs) is not run. */
    private readonly restricted: () => boolean = () => false,
  ) {}

  /** The project a document belongs to (untitled buffers use the first workspace folder's). */
  projectFor(uri: string): { project?: Project; path?: string; rel: string } {
    const path = uriToPath(uri);
    const root = path ? projectRoot(path, this.folders()) : this.folders()[0];
    if (!root) return { path, rel: '' };
    return { project: this.projects.get(root), path, rel: path ? relativePath(root, path) : '' };
  }

  /**
   * `open`: the document is open in the editor, so its scan is kept to make the next edit's cheap. A check of
   * other text under the same uri (a file's saved text) neither reads nor drops that scan.
   */
  async analyze(doc: TextDocument, settings: Settings, open = false): Promise<Analysis> {
    const { project, path, rel } = this.projectFor(doc.uri);
    const empty: Analysis = { uri: doc.uri, version: doc.version, path, project, findings: [], diagnostics: [], kind: 'code' };
    if (!settings.enable || !project) return empty;
    const scanner = project.scanner(settings.generic.sensitivity);
    if (rel && (scanner.isExcludedPath(rel) || this.excluded(settings.exclude, rel))) return empty;

    // A rule that fails loses its own diagnostics only; the other rules' still show.
    const faults: RuleFault[] = [];
    // Each keystroke re-runs the rules only around what it changed (`rescan`: the same findings as a scan).
    const previous = open ? this.memos.get(doc.uri) : undefined;
    const text = doc.getText();
    const change = previous && this.changeSince(doc.uri, doc.version, previous.text.length, text.length);
    const { findings: scanned, memo } = scanner.rescan(previous, text, rel, faults, change);
    if (open && memo) {
      this.memos.set(doc.uri, memo);
      this.unchanged.set(doc.uri, { head: Infinity, tail: Infinity, version: doc.version });
    } else if (open) this.forget(doc.uri);
    let findings = applyBaseline(scanned, project.baseline);
    this.logFaults(doc.uri, faults);
    findings = findings.flatMap((f) => {
      const override = settings.severity[f.ruleId];
      if (override === 'off') return [];
      return override ? [copyFinding(f, { severity: override })] : [f];
    });
    const standing = path && isDotenvPath(path) && findings.length > 0 ? await this.standing(project.root, path) : undefined;
    const kind = diagnosticKind(standing);
    // The quick fixes for these findings will parse the file: its grammar's WASM compiles meanwhile.
    if (kind === 'code' && findings.length > 0) preloadRewrite(doc.languageId, path ?? doc.uri);
    return { ...empty, findings, diagnostics: findings.map((f) => toDiagnostic(doc, f, standing)), kind };
  }

  private logFaults(uri: string, faults: RuleFault[]): void {
    for (const f of faults) {
      const key = `${f.ruleId}\0${uri}`;
      if (this.loggedFaults.has(key)) continue;
      this.loggedFaults.add(key);
      this.logger.warn(describeRuleFault(f.file ? f : { ...f, file: uri }));
    }
  }

  /** An incremental change to an open document: [start, end) of its text, then `length` long, was replaced. */
  edited(uri: string, start: number, end: number, length: number, version: number): void {
    const unchanged = this.unchanged.get(uri);
    if (!unchanged) return;
    unchanged.head = Math.min(unchanged.head, start);
    unchanged.tail = Math.min(unchanged.tail, length - end);
    unchanged.version = version;
  }

  /** The whole text was replaced: the next check compares it with the last scan's. */
  replaced(uri: string): void {
    this.unchanged.delete(uri);
  }

  /** What changed since the document's last scan, from its change events (none seen: the texts are compared). */
  private changeSince(uri: string, version: number, oldLength: number, length: number): TextChange | undefined {
    const unchanged = this.unchanged.get(uri);
    if (unchanged?.version !== version) return undefined;
    const head = Math.min(unchanged.head, oldLength, length);
    const tail = Math.min(unchanged.tail, Math.min(oldLength, length) - head);
    return { start: head, oldEnd: oldLength - tail, newEnd: length - tail };
  }

  /** A closed document's last scan is not kept. */
  forget(uri: string): void {
    this.memos.delete(uri);
    this.unchanged.delete(uri);
  }

  /** Forget cached git answers (a .env or .gitignore changed). */
  forgetGitState(): void {
    this.standings.clear();
  }

  private excluded(globs: string[], rel: string): boolean {
    if (globs.length === 0) return false;
    const key = globs.join('\n');
    let matcher = this.excludes.get(key);
    if (!matcher) {
      matcher = ignore().add(globs);
      this.excludes.set(key, matcher);
    }
    return matcher.ignores(rel);
  }

  /**
   * Git per keystroke would be wasteful: answers are kept 10 s or until a watched file changes. A restricted
   * workspace runs no git: its .env is taken as ignored, a hint.
   */
  private standing(root: string, path: string): Promise<DotenvStanding> {
    if (this.restricted()) return Promise.resolve('ignored');
    const cached = this.standings.get(path);
    if (cached && Date.now() - cached.at < 10_000) return cached.standing;
    const standing = dotenvStanding(root, relativePath(root, path));
    this.standings.set(path, { at: Date.now(), standing });
    return standing;
  }
}
