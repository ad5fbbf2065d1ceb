// Packages the extension the way `npm run package` does, from the dist/ bundles `npm test` just built,
// into test-results/ (so the e2e suite never rewrites dist/ while other test files run from it). Suites run
// in parallel: a fresh .vsix is reused, and a new one appears atomically.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, resultsDir } from './code-server';

const inputs = ['dist/extension.js', 'dist/server.js', 'dist/keychain-worker.js', 'package.json', '.vscodeignore'];
// (Other bundles are rebuilt with these by `npm run build`, so these three dates stand for all of dist/.)

export function packageVsix(): string {
  for (const bundle of inputs.slice(0, 3)) {
    if (!existsSync(join(repoRoot, bundle))) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  }
  const out = join(resultsDir, 'keywarden.vsix');
  const newestInput = Math.max(...inputs.map((f) => statSync(join(repoRoot, f)).mtimeMs));
  if (existsSync(out) && statSync(out).mtimeMs > newestInput) return out;
  mkdirSync(resultsDir, { recursive: true });
  const partial = join(resultsDir, `keywarden-${process.pid}.vsix`);
  // The flags of package.json's `package` script.
  const args = ['package', '--no-rewrite-relative-links', '-o', partial];
  try {
    execFileSync(join(repoRoot, 'node_modules/.bin/vsce'), args, { cwd: repoRoot, stdio: 'pipe', timeout: 120_000 });
  } catch (error) {
    rmSync(partial, { force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`vsce could not package the extension:\n${stderr.slice(0, 2000)}`);
  }
  renameSync(partial, out);
  return out;
}
