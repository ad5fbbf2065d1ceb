// Bundles each entry point; type-checking is `npm run typecheck`, not esbuild's job.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'server/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/cli/scan-worker.ts', out: 'dist/scan-worker.js' },
  { in: 'server/lsp/main.ts', out: 'dist/server.js' },
  { in: 'server/vault/keychain-worker.ts', out: 'dist/keychain-worker.js' },
  { in: 'extension/main.ts', out: 'dist/extension.js' },
];
const missing = entries.filter((e) => !existsSync(e.in)).map((e) => e.in);
if (missing.length > 0) throw new Error(`esbuild.mjs: entry point(s) not found: ${missing.join(', ')}; update the entries list`);

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: !production,
      minify: production,
      // vscode is provided by the host; keytar is a native addon shipped in node_modules.
      external: ['vscode', 'keytar'],
      banner: e.banner ? { js: e.banner } : undefined,
      logLevel: 'warning',
    }),
  ),
);

// The quick fixes' syntax trees: tree-sitter's WASM runtime and the grammars server/lsp/syntax-tree.ts loads,
// beside dist/server.js (no native module; the same files on every platform).
const grammars = ['typescript', 'tsx', 'javascript', 'python', 'go', 'java', 'c-sharp', 'ruby', 'php', 'rust', 'bash'];
mkdirSync('dist/tree-sitter', { recursive: true });
for (const file of ['tree-sitter.wasm', ...grammars.map((g) => `tree-sitter-${g}.wasm`)]) {
  copyFileSync(`node_modules/@vscode/tree-sitter-wasm/wasm/${file}`, `dist/tree-sitter/${file}`);
}

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log(`esbuild: watching ${entries.length} entries`);
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
