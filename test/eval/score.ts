// Scores the scanner on the labeled corpus in test/eval/corpus: each folder's labels.json names every file in it
// and, per file, the secrets planted there ({ family, value, note }: `value` is a piece of the secret, and every
// occurrence of it in the file is one planted secret). A finding that overlaps a planted secret is true, any other
// is false. Recall per family counts the planted secrets of that family found by any rule; precision per family
// counts the findings of that family's rules (see families.ts) that are true.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createScanner } from '../../server/detect/scanner';
import type { Finding } from '../../server/detect/types';
import { FAMILIES, type Family, familyOfRule, isFamily } from './families';

export const CORPUS = join(__dirname, 'corpus');

interface Label { family: Family; value: string; note?: string }

export interface Planted { file: string; line: number; family: Family; note: string; offset: number; endOffset: number; found: boolean }

export interface FamilyScore { planted: number; found: number; findings: number; truePositives: number; precision: number; recall: number; f1: number }

export interface EvalResult {
  files: number;
  families: Record<Family, FamilyScore>;
  overall: FamilyScore;
  missed: Planted[];
  /** False findings: where, which rule, redacted. Never the value. */
  falseFindings: { file: string; line: number; ruleId: string; family: Family; redacted: string }[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every labeled file of the corpus with its labels; throws when a folder's labels and files disagree. */
export function loadCorpus(root = CORPUS): { file: string; text: string; labels: Label[] }[] {
  const out: { file: string; text: string; labels: Label[] }[] = [];
  const labelFiles = filesUnder(root).filter((p) => p.endsWith('/labels.json'));
  const labeled = new Set<string>();
  for (const labelFile of labelFiles) {
    const dir = join(labelFile, '..');
    const entries = JSON.parse(readFileSync(labelFile, 'utf8')) as Record<string, Label[]>;
    for (const [name, labels] of Object.entries(entries)) {
      const path = join(dir, name);
      const file = relative(root, path);
      labeled.add(path);
      const text = readFileSync(path, 'utf8');
      for (const l of labels) {
        if (!isFamily(l.family)) throw new Error(`${file}: unknown family ${l.family} (one of ${FAMILIES.join(', ')})`);
        if (!text.includes(l.value)) throw new Error(`${file}: a ${l.family} label's value is not in the file${l.note ? ` (${l.note})` : ''}`);
      }
      out.push({ file, text, labels });
    }
  }
  const unlabeled = filesUnder(root).filter((p) => !p.endsWith('/labels.json') && !labeled.has(p)).map((p) => relative(root, p));
  if (unlabeled.length > 0) throw new Error(`files with no entry in their folder's labels.json: ${unlabeled.join(', ')}`);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function score(planted: number, found: number, findings: number, truePositives: number): FamilyScore {
  const precision = findings === 0 ? 1 : truePositives / findings;
  const recall = planted === 0 ? 1 : found / planted;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { planted, found, findings, truePositives, precision, recall, f1 };
}

/** Scans every corpus file as the CLI would (lock and generated files skipped) and scores the findings. */
export function evaluate(root = CORPUS): EvalResult {
  const scanner = createScanner();
  const corpus = loadCorpus(root);
  const all: Planted[] = [];
  const judged: { finding: Finding; true: boolean }[] = [];
  for (const { file, text, labels } of corpus) {
    const planted: Planted[] = [];
    for (const l of labels) {
      for (let at = text.indexOf(l.value); at >= 0; at = text.indexOf(l.value, at + l.value.length)) {
        planted.push({ file, line: lineOf(text, at), family: l.family, note: l.note ?? '', offset: at, endOffset: at + l.value.length, found: false });
      }
    }
    const findings = scanner.isExcludedPath(file) ? [] : scanner.scan(text, file);
    for (const f of findings) {
      const hits = planted.filter((p) => f.offset < p.endOffset && p.offset < f.endOffset);
      for (const p of hits) p.found = true;
      judged.push({ finding: f, true: hits.length > 0 });
    }
    all.push(...planted);
  }
  const families = {} as Record<Family, FamilyScore>;
  for (const family of FAMILIES) {
    const planted = all.filter((p) => p.family === family);
    const mine = judged.filter((j) => familyOfRule(j.finding.ruleId) === family);
    families[family] = score(planted.length, planted.filter((p) => p.found).length, mine.length, mine.filter((j) => j.true).length);
  }
  return {
    files: corpus.length,
    families,
    overall: score(all.length, all.filter((p) => p.found).length, judged.length, judged.filter((j) => j.true).length),
    missed: all.filter((p) => !p.found),
    falseFindings: judged.filter((j) => !j.true).map(({ finding: f }) => ({
      file: f.file, line: f.line, ruleId: f.ruleId, family: familyOfRule(f.ruleId), redacted: f.redacted,
    })),
  };
}
