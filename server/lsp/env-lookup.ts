// The replacement table: for each language, the code that reads an environment variable where a hardcoded
// secret was, plus the edits it needs (an import, a declaration). Pure text in, offset edits out.
//
// Choices where a language has no single obvious lookup:
// - Rust: `&std::env::var("N").expect("N is not set")` — a `&String` derefs to `&str` at call sites and in
//   `let` bindings; a `const`/`static` cannot read the environment, so those are refused with a reason.
// - Ruby: `ENV.fetch("N")`, which fails loudly when unset instead of passing nil on.
// - Shell: `"$N"`; Dockerfile: `${N}` with an `ARG N` declared above the instruction (pass it with
//   `--build-arg N`); YAML/Compose and Spring .properties: `${N}` interpolation.
// - Terraform: `var.n` plus a `variable "n" { sensitive = true }` block; the env var is `TF_VAR_n`.
// - C#: `System.Environment…` unless the file has `using System;`. Go/C# consts and PHP constants and property
//   initialisers must be compile-time values: refused with a reason (a Go single-line const becomes `var`).
// - JSON, INI, TOML, XML: no lookup; only storing the secret makes sense, and the literal stays for the user.
// - GitHub Actions workflows: no move; the secret belongs in the repository's secrets (`${{ secrets.NAME }}`).

import { isDotenvSyntaxPath } from '../detect/file-kind';

export interface TextEditAt {
  offset: number;
  endOffset: number;
  newText: string;
}

/** One secret to replace: where it is, and the env var name chosen for it. */
export interface Replacement {
  /** The secret's own offsets. */
  offset: number;
  endOffset: number;
  /** The enclosing string literal, quotes included, when there is one. */
  literal?: { offset: number; endOffset: number; quote: string };
  name: string;
}

export type Plan = { ok: true; edits: TextEditAt[] } | { ok: false; reason: string };

interface Language {
  id: string;
  label: string;
  /** The whole-literal replacement. */
  expr(name: string, text: string): string;
  /** Joins string parts in code (`+`, `.`); absent for languages that interpolate inside strings. */
  concat?: string;
  /** Inside a string: `${NAME}`. Used for partial literals and unquoted values. */
  interpolate?(name: string): string;
  /** Letters that may precede a quote and belong to the literal (`f"…"`, `@"…"`). */
  stringPrefix?: RegExp;
  /** Why this spot cannot hold a run-time lookup (a const), or undefined. */
  refuse?(text: string, r: Replacement): string | undefined;
  /** Edits this language needs once per file for these replacements (imports, declarations). */
  support?(text: string, rs: Replacement[]): TextEditAt[];
  /** Maps the chosen name to the env var the lookup reads (Terraform's TF_VAR_). */
  envName?(name: string): string;
  /** The value in a literal, when a literal is not needed (unquoted config). */
  bare?(name: string): string;
}

export const validName = /^[A-Za-z_][A-Za-z0-9_]*$/;

function lineAt(text: string, offset: number): { start: number; end: number; text: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  return { start, end, text: text.slice(start, end) };
}

const js: Language = { id: 'javascript', label: 'JavaScript/TypeScript', expr: (n) => `process.env.${n}`, concat: ' + ' };

const python: Language = {
  id: 'python',
  label: 'Python',
  expr: (n) => `os.environ["${n}"]`,
  concat: ' + ',
  stringPrefix: /[rRbBuUfF]{1,2}$/,
  // A module-level `import os`, `import sys, os` or `import os.path` binds `os`; one inside a function does not.
  support: (text) => (/^import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os(?:\.[\w.]+)?[ \t]*(?:[,#;]|$)/m.test(text) ? [] : [pythonImport(text)]),
};

/** `import os` after the shebang/encoding lines, the module docstring and `from __future__` imports. */
function pythonImport(text: string): TextEditAt {
  let pos = 0;
  const lineEnd = (p: number) => { const e = text.indexOf('\n', p); return e < 0 ? text.length : e + 1; };
  while (pos < text.length && /^#[^\n]*(\n|$)/.test(text.slice(pos, lineEnd(pos)))) pos = lineEnd(pos);
  const doc = /^[ \t]*[rRuU]?("""|''')/.exec(text.slice(pos));
  if (doc) {
    const close = text.indexOf(doc[1], pos + doc[0].length);
    if (close >= 0) pos = lineEnd(close + 3);
  }
  for (;;) {
    const blank = /^(?:[ \t]*(?:#[^\n]*)?\n)*/.exec(text.slice(pos))![0];
    const future = /^from[ \t]+__future__[ \t]+import[^\n]*(\n|$)/.exec(text.slice(pos + blank.length));
    if (!future) break;
    pos += blank.length + future[0].length;
  }
  const atEnd = pos >= text.length && text.length > 0 && !text.endsWith('\n');
  return { offset: pos, endOffset: pos, newText: atEnd ? '\nimport os\n' : 'import os\n' };
}

const go: Language = {
  id: 'go',
  label: 'Go',
  expr: (n) => `os.Getenv("${n}")`,
  concat: ' + ',
  refuse: (text, r) => (insideBlock(text, r.offset, /(^|\n)const[ \t]*\(/g) ? 'a Go const block cannot read the environment: move this constant out of the const ( … ) block into a var first' : undefined),
  support: (text, rs) => [...goConstToVar(text, rs), ...goImport(text)],
};

/** True when `offset` is inside a `keyword (` … `)` block opened before it. */
function insideBlock(text: string, offset: number, opener: RegExp): boolean {
  let m: RegExpExecArray | null;
  let inside = false;
  opener.lastIndex = 0;
  while ((m = opener.exec(text)) !== null && m.index < offset) {
    const close = text.indexOf('\n)', m.index);
    inside = close < 0 || close > offset;
  }
  return inside;
}

function goConstToVar(text: string, rs: Replacement[]): TextEditAt[] {
  const edits = new Map<number, TextEditAt>();
  for (const r of rs) {
    const line = lineAt(text, r.offset);
    const m = /^([ \t]*)const\b/.exec(line.text);
    if (m) edits.set(line.start, { offset: line.start + m[1].length, endOffset: line.start + m[0].length, newText: 'var' });
  }
  return [...edits.values()];
}

function goImport(text: string): TextEditAt[] {
  if (/^import[ \t]+(\w+[ \t]+)?"os"/m.test(text) || /^import[ \t]*\([^)]*^\s*(\w+[ \t]+)?"os"/m.test(text)) return [];
  const block = /^import[ \t]*\([ \t]*\n/m.exec(text);
  if (block) {
    // Insert in sorted position within the first group, as gofmt would keep it.
    let pos = block.index + block[0].length;
    for (;;) {
      const end = text.indexOf('\n', pos);
      const line = text.slice(pos, end < 0 ? text.length : end).trim();
      const path = /"([^"]*)"$/.exec(line)?.[1];
      if (!line || line === ')' || path === undefined || path > 'os') break;
      pos = end + 1;
    }
    return [{ offset: pos, endOffset: pos, newText: '\t"os"\n' }];
  }
  const single = /^import[ \t]+(\w+[ \t]+)?"[^"\n]*"[^\n]*\n/m.exec(text);
  if (single) return [{ offset: single.index + single[0].length, endOffset: single.index + single[0].length, newText: 'import "os"\n' }];
  const pkg = /^package[ \t]+\w+[^\n]*(\n|$)/m.exec(text);
  const at = pkg ? pkg.index + pkg[0].length : 0;
  return [{ offset: at, endOffset: at, newText: (pkg && !pkg[1] ? '\n' : '') + '\nimport "os"\n' }];
}

const java: Language = { id: 'java', label: 'Java', expr: (n) => `System.getenv("${n}")`, concat: ' + ' };

const csharp: Language = {
  id: 'csharp',
  label: 'C#',
  expr: (n, text) => `${/^[ \t]*(global[ \t]+)?using[ \t]+System[ \t]*;/m.test(text) ? '' : 'System.'}Environment.GetEnvironmentVariable("${n}")`,
  concat: ' + ',
  stringPrefix: /[@$]{1,2}$/,
  refuse: (text, r) => (/\bconst\b/.test(lineAt(text, r.offset).text.slice(0, r.offset - lineAt(text, r.offset).start)) ? 'a C# const cannot read the environment: make it `static readonly` first' : undefined),
};

const ruby: Language = { id: 'ruby', label: 'Ruby', expr: (n) => `ENV.fetch("${n}")`, concat: ' + ' };

const php: Language = {
  id: 'php',
  label: 'PHP',
  expr: (n) => `getenv('${n}')`,
  concat: ' . ',
  refuse: (text, r) => {
    const before = lineAt(text, r.offset).text.slice(0, r.offset - lineAt(text, r.offset).start);
    if (/\bconst\b|^\s*(public|private|protected|var)\b/.test(before)) return 'PHP constants and property defaults must be constant expressions: read getenv() in the constructor instead';
    return undefined;
  },
};

const rust: Language = {
  id: 'rust',
  label: 'Rust',
  expr: (n) => `&std::env::var("${n}").expect("${n} is not set")`,
  refuse: (text, r) => (/^\s*(pub(\([^)]*\))?\s+)?(const|static)\b/.test(lineAt(text, r.offset).text) ? 'a Rust const/static cannot read the environment: read std::env::var at run time (in a function or a LazyLock)' : undefined),
};

const shell: Language = { id: 'shellscript', label: 'shell', expr: (n) => `"$${n}"`, interpolate: (n) => `\${${n}}`, bare: (n) => `"$${n}"` };

const yaml: Language = { id: 'yaml', label: 'YAML', expr: (n) => `\${${n}}`, interpolate: (n) => `\${${n}}` };

const properties: Language = { id: 'properties', label: '.properties', expr: (n) => `\${${n}}`, interpolate: (n) => `\${${n}}` };

const dockerfile: Language = {
  id: 'dockerfile',
  label: 'Dockerfile',
  expr: (n) => `\${${n}}`,
  interpolate: (n) => `\${${n}}`,
  support: (text, rs) => {
    const edits = new Map<string, TextEditAt>();
    for (const r of rs) {
      const line = lineAt(text, r.offset);
      const declared = new RegExp(`^[ \\t]*ARG[ \\t]+${r.name}([ \\t=]|$)`, 'm').exec(text);
      if ((declared && declared.index < line.start) || edits.has(r.name)) continue;
      edits.set(r.name, { offset: line.start, endOffset: line.start, newText: `ARG ${r.name}\n` });
    }
    return [...edits.values()];
  },
};

const terraform: Language = {
  id: 'terraform',
  label: 'Terraform',
  expr: (n) => `var.${n.toLowerCase()}`,
  interpolate: (n) => `\${var.${n.toLowerCase()}}`,
  envName: (n) => `TF_VAR_${n.toLowerCase()}`,
  support: (text, rs) => {
    const names = [...new Set(rs.map((r) => r.name.toLowerCase()))].filter((n) => !new RegExp(`^\\s*variable\\s+"${n}"`, 'm').test(text));
    if (names.length === 0) return [];
    const blocks = names.map((n) => `\nvariable "${n}" {\n  type      = string\n  sensitive = true\n}\n`).join('');
    return [{ offset: text.length, endOffset: text.length, newText: (text.endsWith('\n') || text === '' ? '' : '\n') + blocks }];
  },
};

/** In a .env file the secret becomes a reference to the keychain entry (only the keychain move applies). */
const dotenv: Language = { id: 'dotenv', label: '.env', expr: (n) => `keychain:${n}` };

const none = (label: string): string => `${label} has no way to read an environment variable: store the secret, then change how the file is produced`;

const byLanguageId: Record<string, Language> = {
  javascript: js, javascriptreact: js, typescript: js, typescriptreact: js, vue: js, svelte: js,
  python, go, java, csharp, cs: csharp, ruby, php, rust,
  shellscript: shell, sh: shell, bash: shell, zsh: shell,
  yaml, 'dockercompose': yaml, properties, 'java-properties': properties, 'spring-boot-properties': properties,
  dockerfile, terraform, hcl: terraform, 'terraform-vars': terraform, dotenv,
};

const byExtension: Record<string, Language> = {
  '.js': js, '.cjs': js, '.mjs': js, '.jsx': js, '.ts': js, '.cts': js, '.mts': js, '.tsx': js,
  '.py': python, '.go': go, '.java': java, '.cs': csharp, '.rb': ruby, '.php': php, '.rs': rust,
  '.sh': shell, '.bash': shell, '.zsh': shell, '.yml': yaml, '.yaml': yaml, '.properties': properties,
  '.tf': terraform, '.tfvars': terraform,
};

const noLookupLabels: Record<string, string> = { json: 'JSON', jsonc: 'JSON', ini: 'INI', toml: 'TOML', xml: 'XML', plaintext: 'plain text' };

function basename(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}


const WORKFLOW = /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/;

/** The language for a document, by its LSP language id, then by file name; or why there is no lookup. */
function languageFor(languageId: string, path: string): Language | string {
  const base = basename(path);
  if (isDotenvSyntaxPath(path)) return dotenv;
  // CI runs far from this machine's keychain and .env: the secret belongs in the repository's secrets.
  if (WORKFLOW.test(path)) return 'a GitHub Actions workflow reads secrets from the repository, not from this machine: add it as a repository secret and use ${{ secrets.NAME }}';
  if (/^(Dockerfile|Containerfile)(\..*)?$|\.dockerfile$/i.test(base)) return dockerfile;
  if (/^(docker-)?compose.*\.ya?ml$/.test(base)) return yaml;
  const byId = byLanguageId[languageId];
  if (byId) return byId;
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.')).toLowerCase() : '';
  if (byExtension[ext]) return byExtension[ext];
  return none(noLookupLabels[languageId] ?? noLookupLabels[ext.slice(1)] ?? (ext ? `a ${ext} file` : 'this file'));
}

export interface LookupInfo {
  /** True when the file's language has an environment lookup. */
  supported: boolean;
  /** Why not, when unsupported. */
  reason?: string;
  /** The env var a chosen name maps to (Terraform reads `TF_VAR_name`). */
  envName(name: string): string;
  /** True for .env files, where the only move is to the keychain with a `keychain:NAME` reference. */
  dotenv: boolean;
}

export function lookupInfo(languageId: string, path: string): LookupInfo {
  const lang = languageFor(languageId, path);
  if (typeof lang === 'string') return { supported: false, reason: lang, envName: (n) => n, dotenv: false };
  return { supported: true, envName: lang.envName ?? ((n) => n), dotenv: lang === dotenv };
}

/**
 * Edits that replace each secret with the language's lookup of its env var (`r.name`), plus the imports
 * or declarations the lookups need, in one list (apply together: one undoable step).
 */
export function planReplacements(languageId: string, path: string, text: string, rs: Replacement[]): Plan {
  const lang = languageFor(languageId, path);
  if (typeof lang === 'string') return { ok: false, reason: lang };
  const edits: TextEditAt[] = [];
  for (const r of rs) {
    if (!validName.test(r.name)) return { ok: false, reason: `"${r.name}" is not a valid environment variable name (letters, digits and _, not starting with a digit)` };
    const refused = lang.refuse?.(text, r);
    if (refused) return { ok: false, reason: refused };
    const edit = replaceOne(lang, text, r);
    if ('reason' in edit) return { ok: false, reason: edit.reason };
    edits.push(edit);
  }
  edits.push(...(lang.support?.(text, rs) ?? []));
  return { ok: true, edits: edits.sort((a, b) => a.offset - b.offset) };
}

function replaceOne(lang: Language, text: string, r: Replacement): TextEditAt | { reason: string } {
  const lit = r.literal;
  if (!lit) {
    if (lang.bare) return { offset: r.offset, endOffset: r.endOffset, newText: lang.bare(r.name) };
    if (lang.interpolate || lang === dotenv) return { offset: r.offset, endOffset: r.endOffset, newText: lang.expr(r.name, text) };
    return { reason: 'the secret is not inside a string literal here, so it cannot be replaced safely: move it by hand' };
  }
  const q = lit.quote;
  const close = closingQuote(q);
  // Prefix letters (f"…", @"…") belong to the literal: the scanner may include them in its range or not.
  // Replace them too, or repeat them for the suffix part.
  const open = text.indexOf(q, lit.offset);
  const before = lang.stringPrefix?.exec(text.slice(Math.max(0, lit.offset - 3), lit.offset))?.[0] ?? '';
  const letters = before + text.slice(lit.offset, open);
  const start = lit.offset - before.length;
  const content = { offset: open + q.length, endOffset: lit.endOffset - close.length };
  const prefixText = text.slice(content.offset, r.offset);
  const suffixText = text.slice(r.endOffset, content.endOffset);
  if (!prefixText && !suffixText) return { offset: start, endOffset: lit.endOffset, newText: lang.expr(r.name, text) };
  if (lang === dotenv) return { reason: 'the secret is only part of this value: move it by hand' };
  if (lang.concat) {
    const parts = [
      prefixText && `${letters}${q}${prefixText}${close}`,
      lang.expr(r.name, text),
      suffixText && `${letters}${q}${suffixText}${close}`,
    ].filter(Boolean);
    return { offset: start, endOffset: lit.endOffset, newText: parts.join(lang.concat) };
  }
  if (lang === rust) {
    if (q !== '"') return { reason: 'the secret is only part of a raw string: move it by hand' };
    const esc = (s: string) => s.replace(/[{}]/g, (c) => c + c);
    return { offset: start, endOffset: lit.endOffset, newText: `&format!("${esc(prefixText)}{}${esc(suffixText)}", std::env::var("${r.name}").expect("${r.name} is not set"))` };
  }
  if (lang === shell && q === "'") {
    // No expansion inside single quotes: close them around a double-quoted expansion.
    return { offset: lit.offset, endOffset: lit.endOffset, newText: `${prefixText ? `'${prefixText}'` : ''}"\${${r.name}}"${suffixText ? `'${suffixText}'` : ''}` };
  }
  return { offset: r.offset, endOffset: r.endOffset, newText: lang.interpolate!(r.name) };
}

function closingQuote(open: string): string {
  // Rust raw strings open with r#" and close with "#; every other quote closes with itself.
  const raw = /^r(#*)"$/.exec(open);
  return raw ? `"${raw[1]}` : open;
}
