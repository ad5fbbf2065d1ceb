// The bench's real trees: this project's installed dependencies copied to `.bench/real-tree` (a folder not
// named node_modules, so nothing treats it specially; cached between runs), and subsets of it that both
// keywarden and secretlint can scan: exactly the files keywarden's walk accepts, minus dotfiles and nested
// node_modules (which secretlint's globbing leaves out), so both tools read the same bytes.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultConfig } from '../../server/detect/config';
import { readTextFile, walkFiles, type WalkedFile } from '../../server/detect/walker';
import { silentLogger } from '../../server/log';
import { seededRng } from '../support/fake-secrets';

export const REPO = join(__dirname, '../..');
export const BENCH_DIR = join(REPO, '.bench');
export const REAL_TREE = join(BENCH_DIR, 'real-tree');
const STAMP = join(BENCH_DIR, 'real-tree.stamp');

/** Copies node_modules once; the stamp (outside the tree) says the copy finished. */
export function ensureRealTree(): { copied: boolean } {
  if (existsSync(STAMP) && existsSync(REAL_TREE)) return { copied: false };
  mkdirSync(BENCH_DIR, { recursive: true });
  cpSync(join(REPO, 'node_modules'), REAL_TREE, { recursive: true, verbatimSymlinks: true, force: true });
  writeFileSync(STAMP, new Date().toISOString() + '\n');
  return { copied: true };
}

/** The files keywarden scans under `root` with --no-ignore, in walk order. */
export async function walkedFiles(root: string): Promise<WalkedFile[]> {
  const files: WalkedFile[] = [];
  for await (const f of walkFiles(root, { config: defaultConfig(), logger: silentLogger, noIgnore: true })) files.push(f);
  return files;
}

/** Reads the text files among `files` (binary ones dropped, as the scan does). */
export function readTexts(files: WalkedFile[]): { rel: string; text: string; bytes: number }[] {
  const max = defaultConfig().maxFileSize;
  const out: { rel: string; text: string; bytes: number }[] = [];
  for (const f of files) {
    const r = readTextFile(f.abs, max);
    if ('text' in r) out.push({ rel: f.rel, text: r.text, bytes: f.size });
  }
  return out;
}

/**
 * Copies about `bytes` of text files that both tools would scan into a temp folder: a seeded random sample
 * of the whole tree (a prefix of one shuffled order, so a smaller subset is part of a bigger one).
 */
export function makeSubset(files: WalkedFile[], bytes: number, seed = 1): { dir: string; files: number; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-subset-'));
  const tree = join(dir, 'tree');
  const rng = seededRng(seed);
  const order = files.map((f) => ({ f, key: rng() })).sort((a, b) => a.key - b.key).map((x) => x.f);
  let total = 0;
  let count = 0;
  for (const f of order) {
    if (total >= bytes) break;
    if (f.rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    const r = readTextFile(f.abs, defaultConfig().maxFileSize);
    if (!('text' in r)) continue;
    mkdirSync(dirname(join(tree, f.rel)), { recursive: true });
    writeFileSync(join(tree, f.rel), readFileSync(f.abs));
    total += f.size;
    count++;
  }
  // secretlint finds its config in the folder it runs from.
  writeFileSync(join(dir, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  return { dir, files: count, bytes: total };
}
