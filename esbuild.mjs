// Bundles each entry point; type-checking is `npm run typecheck`, not esbuild's job.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The CLI loads the least it can: dist/cli.js holds the command table and loads a command's chunk (each module
// of server/cli/chunks/, bundled to dist/cli-<chunk>.js) when one of its commands runs. Chunks and the scan
// worker's code are loaded through V8's code cache (server/cli/code-cache.ts); dist/scan-worker.js, the file the
// pool starts, only loads dist/scan-worker-code.js that way.
const chunks = readdirSync('server/cli/chunks').filter((f) => f.endsWith('.ts')).map((f) => basename(f, '.ts'));
// Loaded without the cache: on Node 20 a script compiled from a code cache has lost import()'s loader ("A dynamic
// import callback was not specified"), and the language server's tree-sitter runtime loads Node modules with
// import(). A long-running server gains little from the cache anyway. The build fails if a cached bundle has one.
const uncached = new Set(['editor']);
const throughCodeCache = (bundle, codeCache = true) =>
  `module.exports = require('./code-cache').loadBundle(${JSON.stringify(bundle)}${codeCache ? '' : ', { codeCache: false }'});`;
/** `import('./chunks/x.js')` in the dispatcher becomes a load of dist/cli-x.js instead of bundled code. */
const chunkLoader = {
  name: 'cli-chunks',
  setup(build) {
    build.onResolve({ filter: /^\.\/chunks\// }, (args) => {
      const chunk = basename(args.path).replace(/\.[jt]s$/, '');
      if (!chunks.includes(chunk)) throw new Error(`esbuild.mjs: ${args.importer} loads ${args.path}, which is not in server/cli/chunks/`);
      return { path: chunk, namespace: 'cli-chunk' };
    });
    build.onLoad({ filter: /.*/, namespace: 'cli-chunk' }, (args) => ({
      contents: throughCodeCache(`cli-${args.path}.js`, !uncached.has(args.path)), resolveDir: resolve('server/cli'), loader: 'js',
    }));
  },
};

const entries = [
  { in: 'server/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node', plugins: [chunkLoader] },
  ...chunks.map((chunk) => ({ in: `server/cli/chunks/${chunk}.ts`, out: `dist/cli-${chunk}.js`, cached: !uncached.has(chunk) })),
  { in: 'server/cli/scan-worker.ts', out: 'dist/scan-worker-code.js', cached: true },
  { in: { contents: throughCodeCache('scan-worker-code.js'), resolveDir: resolve('server/cli') }, out: 'dist/scan-worker.js' },
  { in: 'server/lsp/main.ts', out: 'dist/server.js' },
  { in: 'server/vault/keychain-worker.ts', out: 'dist/keychain-worker.js' },
  { in: 'extension/main.ts', out: 'dist/extension.js' },
];
const missing = entries.filter((e) => typeof e.in === 'string' && !existsSync(e.in)).map((e) => e.in);
if (missing.length > 0) throw new Error(`esbuild.mjs: entry point(s) not found: ${missing.join(', ')}; update the entries list`);

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      ...(typeof e.in === 'string' ? { entryPoints: [e.in] } : { stdin: e.in }),
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
      plugins: e.plugins,
      metafile: e.cached === true,
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
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const result of results) {
    for (const [out, { imports }] of Object.entries(result.metafile?.outputs ?? {})) {
      const dynamic = imports.filter((x) => x.kind === 'dynamic-import').map((x) => x.path);
      if (dynamic.length > 0) throw new Error(`esbuild.mjs: ${out} is loaded through the code cache, where import() fails on Node 20, but it imports ${dynamic.join(', ')} dynamically: add its chunk to \`uncached\``);
    }
  }
}
