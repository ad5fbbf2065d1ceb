// The bench's real trees: this project's installed dependencies copied to `.bench/real-tree` (a folder not
// named node_modules, so nothing treats it specially; cached between runs), and subsets of it that both
// keywarden and secretlint can scan: exactly the files keywarden's walk accepts, minus dotfiles and nested
// node_modules (which secretlint's globbing leaves out), so both tools read the same bytes.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
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
  cpSync(realpathSync(join(REPO, 'node_modules')), REAL_TREE, { recursive: true, verbatimSymlinks: true, force: true });
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

/** A real tree the bench scans: where it comes from and why it is there. */
export interface BenchTree {
  name: string;
  root: string;
  what: string;
}

// npm packages already in node_modules whose code handles credentials: keyword-dense JavaScript.
const SECRET_PACKAGES = ['@secretlint', 'secretlint', 'dotenv', 'keytar'];

/** Copies `sources` (relative to the repo) into .bench/trees/<name> once (a stamp says the copy finished). */
function copiedTree(name: string, sources: string[]): string {
  const root = join(BENCH_DIR, 'trees', name);
  const stamp = `${root}.stamp`;
  if (existsSync(stamp) && existsSync(root)) return root;
  for (const src of sources) cpSync(join(REPO, src), join(root, src.replace(/^node_modules\//, '')), { recursive: true, verbatimSymlinks: true, force: true });
  writeFileSync(stamp, new Date().toISOString() + '\n');
  return root;
}

/** The newest Python standard library under /usr/lib (Debian's python3), if this machine has one. */
function pythonStdlib(): string | undefined {
  let best: { dir: string; minor: number } | undefined;
  try {
    for (const name of readdirSync('/usr/lib')) {
      const m = /^python3\.(\d+)$/.exec(name);
      if (m && existsSync(join('/usr/lib', name, 'os.py')) && (!best || Number(m[1]) > best.minor)) best = { dir: join('/usr/lib', name), minor: Number(m[1]) };
    }
  } catch {
    // No /usr/lib: not a Debian-like machine.
  }
  return best?.dir;
}

/**
 * The bench's real trees: node_modules (few keywords), then trees dense in `token`, `secret`, `password` as
 * credential-handling code is: the secret-handling npm packages, this project's own engine and rules, and the
 * Python standard library when python3 is installed. All exist on a fresh machine after `npm ci`.
 */
export function benchTrees(): BenchTree[] {
  ensureRealTree();
  const trees: BenchTree[] = [
    { name: 'node_modules', root: REAL_TREE, what: 'this project\'s node_modules (sparse in keywords)' },
    { name: 'secret-packages', root: copiedTree('secret-packages', SECRET_PACKAGES.map((p) => `node_modules/${p}`)), what: `sources of ${SECRET_PACKAGES.join(', ')} from node_modules (keyword-dense JS)` },
    { name: 'keywarden-server', root: copiedTree('keywarden-server', ['server']), what: 'this project\'s server/ (a secret scanner: the densest)' },
  ];
  const python = pythonStdlib();
  if (python) trees.push({ name: 'python-stdlib', root: python, what: `Debian's ${python} (auth, ssl, smtplib, getpass…)` });
  return trees;
}

/** Share of lines that mention a credential keyword: how dense a tree is where the engine does per-hit work. */
export function keywordDensity(texts: { text: string }[]): number {
  let lines = 0;
  let dense = 0;
  const re = /token|secret|passw|api_?key|auth|credential/i;
  for (const { text } of texts) {
    for (const line of text.split('\n')) {
      lines++;
      if (re.test(line)) dense++;
    }
  }
  return lines === 0 ? 0 : dense / lines;
}
