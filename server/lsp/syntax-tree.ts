// Syntax trees for the quick fixes' rewrites: VS Code's own prebuilt tree-sitter WASM grammars, loaded once
// per grammar. No native module: the runtime and grammars are WebAssembly, copied into dist/tree-sitter by
// esbuild.mjs (and read from node_modules when running from source, as the tests do).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as TreeSitter from '@vscode/tree-sitter-wasm';

export type SyntaxNode = TreeSitter.Node;
export type Grammar = 'typescript' | 'tsx' | 'javascript' | 'python' | 'go' | 'java' | 'c-sharp' | 'ruby' | 'php' | 'rust' | 'bash';

function wasmDir(): string {
  const bundled = join(__dirname, 'tree-sitter');
  if (existsSync(join(bundled, 'tree-sitter.wasm'))) return bundled;
  return join(__dirname, '..', '..', 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm');
}

let init: Promise<string> | undefined;
const languages = new Map<Grammar, Promise<TreeSitter.Language>>();

function language(grammar: Grammar): Promise<TreeSitter.Language> {
  let lang = languages.get(grammar);
  if (!lang) {
    init ??= (async () => {
      const dir = wasmDir();
      await TreeSitter.Parser.init({ locateFile: (file: string) => join(dir, file) });
      return dir;
    })();
    lang = init.then((dir) => TreeSitter.Language.load(join(dir, `tree-sitter-${grammar}.wasm`)));
    languages.set(grammar, lang);
  }
  return lang;
}

/** Starts loading a grammar (WASM compile) ahead of the first fix, so that applying one does not wait for it. */
export function preload(grammar: Grammar): void {
  language(grammar).catch(() => undefined);
}

/** The syntax tree of `text` (the caller must `delete()` it), or undefined when the grammar cannot load. */
export async function parse(grammar: Grammar, text: string): Promise<TreeSitter.Tree | undefined> {
  const lang = await language(grammar);
  const parser = new TreeSitter.Parser();
  try {
    parser.setLanguage(lang);
    return parser.parse(text) ?? undefined;
  } finally {
    parser.delete();
  }
}

/** The node and its ancestors, innermost first. */
export function ancestry(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let n: SyntaxNode | null = node; n; n = n.parent) out.push(n);
  return out;
}
