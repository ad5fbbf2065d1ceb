// The replacement table: for each language, the code that reads an environment variable where a hardcoded
// secret was, plus the edits it needs (an import, a declaration). Text in, offset edits out; in the languages
// with a grammar (server/lsp/string-site.ts) the rewrite is planned from the syntax tree around the secret.
//
// Choices where a language has no single obvious lookup:
// - TypeScript: `requireEnv("N")`, a small typed accessor the fix adds once per file (`process.env.N` is
//   `string | undefined`, an error in every typed position under `strict`); JavaScript: `process.env.N`.
// - Rust: `&std::env::var("N").expect("N is not set")` in a `let`; an owned `String` where a method is called
//   on the literal; elsewhere `Box::leak(…into_boxed_str())`, the `&'static str` a literal was.
// - Ruby: `ENV.fetch("N")`, which fails loudly when unset instead of passing nil on.
// - Shell: `"$N"` (`${N}` inside double quotes and heredocs; single quotes are closed around it); Dockerfile:
//   `${N}` with an `ARG N` above the instruction, in its stage (pass it with `--build-arg N`); Spring .properties:
//   `${N}`; YAML: the form its loader expands (server/languages.ts YAML_LOADERS: Compose and Spring `${N}`,
//   GitHub Actions `${{ secrets.N }}`, GitLab CI `$N`, Ansible's env lookup), refused where nothing expands it
//   (Kubernetes manifests, Helm values), and `${N}` with a word about the loader when none is recognised.
// - Terraform: `var.n` plus a `variable "n" { sensitive = true }` block; the env var is `TF_VAR_n`.
// - C#: `System.Environment…` unless the file has `using System;`.
// - Where the language demands a constant (const, static, annotation, attribute, case label, default
//   parameter, enum member), the move is refused with a reason naming the construct; a Go single `const`
//   becomes `var`.
// - JSON, INI, TOML, XML: no lookup; only storing the secret makes sense, and the literal stays for the user.
import { languageRecord, recordId, yamlLoader } from '../languages';
import { dockerfileEdits } from './dockerfile-edit';
import { goConstKeyword, stringSite, type StringSite } from './string-site';
import { preload, type Grammar } from './syntax-tree';
import { yamlEdit } from './yaml-edit';

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
  /** The enclosing string literal, quotes included, when the scanner saw one. */
  literal?: { offset: number; endOffset: number; quote: string };
  name: string;
}

/** The edits, and the replacements (by index) that cannot be made, with why; those keep their literal. */
export type Plan = { ok: true; edits: TextEditAt[]; refused: { index: number; reason: string }[] } | { ok: false; reason: string };

interface Language {
  id: string;
  label: string;
  /** The tree-sitter grammar that reads this language's strings. */
  grammar?: Grammar | ((path: string) => Grammar);
  /** The lookup that replaces a whole value. */
  expr(name: string, text: string): string;
  /** Joins string parts in code (`+`, `.`); absent for languages that interpolate inside strings. */
  concat?: string;
  /** Inside a string: `${NAME}`. Used for partial literals and unquoted values. */
  interpolate?(name: string): string;
  /** Why this spot cannot hold a run-time lookup, for languages read without a grammar. */
  refuse?(text: string, r: Replacement, path: string): string | undefined;
  /** Edits this language needs once per file for these replacements (imports, declarations). */
  support?(text: string, rs: Replacement[]): TextEditAt[] | Promise<TextEditAt[]>;
  /** Maps the chosen name to the env var the lookup reads (Terraform's TF_VAR_). */
  envName?(name: string): string;
  /** The value in a literal, when a literal is not needed (unquoted config). */
  bare?(name: string): string;
  /** What must be true for the written lookup to work (the YAML loader's part), NAME standing for the variable. */
  note?: string;
}

export const validName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The lookup a record of server/languages.ts says its language writes, for the variable `n`. */
function writes(id: string): (n: string) => string {
  const template = languageRecord(id, '')?.lookup?.writes ?? '';
  return (n) => template.replaceAll('NAME', n);
}

const js: Language = { id: 'javascript', label: 'JavaScript', grammar: 'javascript', expr: writes('javascript'), concat: ' + ' };

/** Declared once per TypeScript file: a lookup typed `string` that fails loudly when the variable is unset. */
const TS_ACCESSOR = 'function requireEnv(name: string): string {\n  const value = process.env[name];\n  if (value === undefined) throw new Error(`${name} is not set`);\n  return value;\n}\n';

const ts: Language = {
  id: 'typescript',
  label: 'TypeScript',
  grammar: (path) => (/\.[cm]?tsx$/i.test(path) ? 'tsx' : 'typescript'),
  expr: writes('typescript'),
  concat: ' + ',
  support: (text) => (/\bfunction\s+requireEnv\s*\(/.test(text) ? [] : [{ offset: text.length, endOffset: text.length, newText: `${text.endsWith('\n') || text === '' ? '' : '\n'}\n${TS_ACCESSOR}` }]),
};

/** Vue and Svelte files: JavaScript inside markup no grammar here reads, so the scanner's literal is used. */
const jsPlain: Language = { ...js, grammar: undefined };

const python: Language = {
  id: 'python',
  label: 'Python',
  grammar: 'python',
  expr: writes('python'),
  concat: ' + ',
  // A module-level `import os`, `import sys, os` or `import os.path` binds `os`; one inside a function does not.
  support: (text) => (/^import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os(?:\.[\w.]+)?[ \t]*(?:[,#;]|$)/m.test(text) ? [] : [pythonImport(text)]),
};

/** `import os` after the shebang/encoding lines, the module docstring and `from __future__` imports. */
function pythonImport(text: string): TextEditAt {
  let pos = 0;
  const lineEnd = (p: number) => { const e = text.indexOf('\n', p); return e < 0 ? text.length : e + 1; };
  while (pos < text.length && /^#[^\n]*(\n|$)/.test(text.slice(pos, lineEnd(pos)))) pos = lineEnd(pos);
  const doc = /^[ \t]*[rRuU]?("""|''')/.exec(text.slice(pos));
  if (doc?.[1]) {
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
  grammar: 'go',
  expr: writes('go'),
  concat: ' + ',
  support: async (text, rs) => [...(await goConstToVar(text, rs)), ...goImport(text)],
};

/** A single `const x = "…"` holding a secret becomes `var x = os.Getenv(…)`. */
async function goConstToVar(text: string, rs: Replacement[]): Promise<TextEditAt[]> {
  const edits = new Map<number, TextEditAt>();
  for (const r of rs) {
    const kw = await goConstKeyword(text, r.offset);
    if (kw) edits.set(kw.start, { offset: kw.start, endOffset: kw.end, newText: 'var' });
  }
  return [...edits.values()];
}

function goImport(text: string): TextEditAt[] {
  // `import myos "os"` does not bind `os`; only a plain or `os`-named import does.
  if (/^import[ \t]+(os[ \t]+)?"os"/m.test(text) || /^import[ \t]*\([^)]*^\s*(os[ \t]+)?"os"/m.test(text)) return [];
  const block = /^import[ \t]*\([ \t]*\n/m.exec(text);
  if (block) {
    // Insert in sorted position within the first group, as gofmt would keep it.
    let pos = block.index + block[0].length;
    for (;;) {
      const end = text.indexOf('\n', pos);
      const line = text.slice(pos, end < 0 ? text.length : end).trim();
      const path = /"([^"]*)"$/.exec(line)?.[1];
      if (!line || line === ')' || path === undefined || path >= 'os') break;
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

const java: Language = { id: 'java', label: 'Java', grammar: 'java', expr: writes('java'), concat: ' + ' };

const csharp: Language = {
  id: 'csharp',
  label: 'C#',
  grammar: 'c-sharp',
  expr: (n, text) => `${/^[ \t]*(global[ \t]+)?using[ \t]+System[ \t]*;/m.test(text) ? '' : 'System.'}${writes('csharp')(n)}`,
  concat: ' + ',
};

const ruby: Language = { id: 'ruby', label: 'Ruby', grammar: 'ruby', expr: writes('ruby'), concat: ' + ' };

const php: Language = { id: 'php', label: 'PHP', grammar: 'php', expr: writes('php'), concat: ' . ' };

const rustVar = writes('rust');
const rust: Language = { id: 'rust', label: 'Rust', grammar: 'rust', expr: (n) => `&${rustVar(n)}` };

const shell: Language = { id: 'shellscript', label: 'shell', grammar: 'bash', expr: writes('shellscript'), interpolate: (n) => `\${${n}}`, bare: writes('shellscript') };

const yaml: Language = { id: 'yaml', label: 'YAML', expr: (n) => `\${${n}}`, interpolate: (n) => `\${${n}}` };

/** YAML as its loader reads it: the loader's reference form, or why the file cannot hold one. */
function yamlFor(path: string, text: string): Language | string {
  const loader = yamlLoader(path, text);
  if (!loader.writes) return `${loader.refuse!} (${loader.label})`;
  const form = (template: string) => (n: string) => template.replaceAll('NAME', n);
  return { ...yaml, label: loader.label, expr: form(loader.writes), interpolate: form(loader.inside ?? loader.writes), note: loader.note };
}

const properties: Language = { id: 'properties', label: '.properties', expr: (n) => `\${${n}}`, interpolate: (n) => `\${${n}}` };

const dockerfile: Language = { id: 'dockerfile', label: 'Dockerfile', expr: (n) => `\${${n}}`, interpolate: (n) => `\${${n}}` };

const terraform: Language = {
  id: 'terraform',
  label: 'Terraform',
  expr: (n) => `var.${n.toLowerCase()}`,
  interpolate: (n) => `\${var.${n.toLowerCase()}}`,
  envName: (n) => `TF_VAR_${n.toLowerCase()}`,
  refuse: (text, r, path) => {
    if (/\.tfvars$/i.test(path)) return 'a .tfvars file holds values, not expressions: delete this line and set TF_VAR_<name> in the environment instead';
    const before = text.slice(0, r.offset);
    const block = /(^|\n)[ \t]*variable[ \t]+"[^"]*"[ \t]*\{/g;
    let last = -1;
    for (const m of before.matchAll(block)) last = m.index;
    if (last >= 0 && !/\n\}/.test(before.slice(last))) return 'a Terraform variable default must be a literal: remove the default and set TF_VAR_<name> in the environment instead';
    return undefined;
  },
  support: (text, rs) => {
    const names = [...new Set(rs.map((r) => r.name.toLowerCase()))].filter((n) => !new RegExp(`^\\s*variable\\s+"${n}"`, 'm').test(text));
    if (names.length === 0) return [];
    const blocks = names.map((n) => `\nvariable "${n}" {\n  type      = string\n  sensitive = true\n}\n`).join('');
    return [{ offset: text.length, endOffset: text.length, newText: (text.endsWith('\n') || text === '' ? '' : '\n') + blocks }];
  },
};

/** In a .env file the secret becomes a reference to the keychain entry (only the keychain move applies). */
const dotenv: Language = { id: 'dotenv', label: '.env', expr: writes('dotenv') };

const none = (label: string): string => `${label} has no way to read an environment variable: store the secret, then change how the file is produced`;

/** The rewrite for each record of server/languages.ts that has a lookup. */
const IMPLEMENTATION: Record<string, Language> = {
  typescript: ts, javascript: js, vue: jsPlain, python, go, java, csharp, ruby, php, rust, shellscript: shell, yaml,
  dockerfile, terraform, properties, dotenv,
};

/** The language for a document, by its LSP language id, then by file name; or why there is no lookup. */
function languageFor(languageId: string, path: string, text = ''): Language | string {
  const record = languageRecord(languageId, path);
  const lang = record && IMPLEMENTATION[recordId(record)];
  if (lang === yaml) return yamlFor(path, text);
  if (lang) return lang;
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.')) : '';
  return none(record?.label ?? (ext ? `a ${ext} file` : 'this file'));
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
  /** What must be true for the written lookup to work, for the variable `name` (the YAML loader's part). */
  note?(name: string): string;
}

/** Starts loading the grammar a move in this document would parse with, once a secret is shown in it. */
export function preloadRewrite(languageId: string, path: string): void {
  const lang = languageFor(languageId, path);
  const grammar = typeof lang === 'string' ? undefined : typeof lang.grammar === 'function' ? lang.grammar(path) : lang.grammar;
  if (grammar) preload(grammar);
}

/** What a move in this document can do; `text` tells a YAML file's loader when its path does not. */
export function lookupInfo(languageId: string, path: string, text = ''): LookupInfo {
  const lang = languageFor(languageId, path, text);
  if (typeof lang === 'string') return { supported: false, reason: lang, envName: (n) => n, dotenv: false };
  const { note } = lang;
  return { supported: true, envName: lang.envName ?? ((n) => n), dotenv: lang === dotenv, note: note ? (n) => note.replaceAll('NAME', n) : undefined };
}


/**
 * Edits that replace each secret with the language's lookup of its env var (`r.name`), plus the imports
 * or declarations the lookups need, in one list (apply together: one undoable step). Several secrets in one
 * literal become one replacement, so no two edits overlap. A secret that cannot be replaced is listed in
 * `refused` (the caller decides whether the rest may go ahead); when none can, the plan fails.
 */
export async function planReplacements(languageId: string, path: string, text: string, rs: Replacement[]): Promise<Plan> {
  const lang = languageFor(languageId, path, text);
  if (typeof lang === 'string') return { ok: false, reason: lang };
  const bad = rs.find((r) => !validName.test(r.name));
  if (bad) return { ok: false, reason: `"${bad.name}" is not a valid environment variable name (letters, digits and _, not starting with a digit)` };
  const refused: { index: number; reason: string }[] = [];
  const edits: TextEditAt[] = [];
  const grammar = typeof lang.grammar === 'function' ? lang.grammar(path) : lang.grammar;
  const placed: Replacement[] = [];
  if (grammar) {
    // Group the secrets by the expression that holds them: one edit per string.
    const groups = new Map<number, { site: StringSite; items: { r: Replacement; index: number }[] }>();
    for (const [index, r] of rs.entries()) {
      const site = await stringSite(grammar, text, r.offset, r.endOffset);
      const why = site ? whyNot(site) : grammar === 'bash' ? undefined : 'the secret is not inside a string literal here (a comment, or code the fix cannot read), so it cannot be replaced safely: move it by hand';
      if (why) { refused.push({ index, reason: why }); continue; }
      if (!site) { edits.push({ offset: r.offset, endOffset: r.endOffset, newText: lang.bare?.(r.name) ?? lang.expr(r.name, text) }); placed.push(r); continue; }
      const group = groups.get(site.start) ?? { site, items: [] };
      group.items.push({ r, index });
      groups.set(site.start, group);
    }
    for (const { site, items } of groups.values()) {
      const edit = rewrite(lang, grammar, text, site, items.map((i) => i.r));
      if (typeof edit === 'string') { for (const i of items) refused.push({ index: i.index, reason: edit }); continue; }
      edits.push(...edit);
      placed.push(...items.map((i) => i.r));
    }
  } else if (lang === dockerfile) {
    const docker = dockerfileEdits(text, rs);
    edits.push(...docker.edits);
    refused.push(...docker.refused);
    const no = new Set(docker.refused.map((d) => d.index));
    placed.push(...rs.filter((_, i) => !no.has(i)));
  } else {
    for (const [index, r] of rs.entries()) {
      const why = lang.refuse?.(text, r, path);
      const edit = why ?? (lang.id === 'yaml' ? yamlEdit(text, r, yamlReference(lang, text, r)) : replaceOne(lang, text, r));
      if (typeof edit === 'string') { refused.push({ index, reason: edit }); continue; }
      edits.push(edit);
      placed.push(r);
    }
  }
  if (placed.length === 0) return { ok: false, reason: refused[0]?.reason ?? 'nothing to replace' };
  edits.push(...(await lang.support?.(text, placed) ?? []));
  return { ok: true, edits: edits.sort((a, b) => a.offset - b.offset), refused: refused.sort((a, b) => a.index - b.index) };
}

/** The loader's form for a whole value; its form for inside a longer one where a word character follows. */
function yamlReference(lang: Language, text: string, r: Replacement): string {
  return /\w/.test(text.charAt(r.endOffset)) ? lang.interpolate!(r.name) : lang.expr(r.name, text);
}

function whyNot(site: StringSite): string | undefined {
  return site.constant ?? site.unsupported;
}

/** One edit replacing the expression at `site` with its parts: kept text in the literal's own quotes, lookups. */
function rewrite(lang: Language, grammar: Grammar, text: string, site: StringSite, rs: Replacement[]): TextEditAt[] | string {
  const sorted = [...rs].sort((a, b) => a.offset - b.offset);
  if (grammar === 'bash') return shellEdits(text, site, sorted);
  const { open, close } = site.literal;
  const from = site.literal.start + open.length;
  const to = site.literal.end - close.length;
  const parts: { text: string; secret?: Replacement }[] = [];
  let pos = from;
  for (const r of sorted) {
    const start = Math.max(r.offset, from);
    if (start > pos) parts.push({ text: text.slice(pos, start) });
    parts.push({ text: '', secret: r });
    pos = Math.min(Math.max(r.endOffset, pos), to);
  }
  if (pos < to) parts.push({ text: text.slice(pos, to) });
  const partial = parts.some((p) => !p.secret);
  if (partial && site.multiline && grammar !== 'python') {
    return 'the secret is part of a multi-line string, which the fix cannot split: put the whole value in the environment, or move the secret by hand';
  }
  let out: string;
  if (lang === rust) {
    out = rustValue(site, parts);
  } else {
    const lookup = (r: Replacement) => (site.kind === 'bytes' ? `${lang.expr(r.name, text)}.encode()` : lang.expr(r.name, text));
    const pieces = parts.map((p) => (p.secret ? lookup(p.secret) : `${open}${p.text}${close}`));
    out = pieces.join(lang.concat);
    if (site.pieces) {
      // Python's implicit concatenation ("a" "b"): every piece joins with +, so the lookup can sit between them.
      out = site.pieces.map((p) => (p.own ? out : text.slice(p.start, p.end))).join(' + ');
    }
    const concatenated = pieces.length > 1 || (site.pieces?.length ?? 0) > 1;
    if (site.wrap === 'paren' && concatenated) out = `(${out})`;
  }
  if (site.wrap === 'jsx') out = `{${out}}`;
  return [{ offset: site.start, endOffset: site.end, newText: out }];
}

/** Rust: a `&str` borrowed in a `let`, an owned String where a method is called, else the literal's `&'static str`. */
function rustValue(site: StringSite, parts: { text: string; secret?: Replacement }[]): string {
  let value: string;
  if (parts.length === 1 && parts[0]!.secret) {
    value = rustVar(parts[0]!.secret.name);
  } else {
    const esc = (s: string) => s.replace(/[{}]/g, (c) => c + c);
    const format = parts.map((p) => (p.secret ? '{}' : esc(p.text))).join('');
    const args = parts.filter((p) => p.secret).map((p) => rustVar(p.secret!.name));
    value = `format!(${site.literal.open}${format}${site.literal.close}, ${args.join(', ')})`;
  }
  if (site.rust === 'owned') return value;
  if (site.rust === 'let') return `&${value}`;
  return `Box::leak(${value}.into_boxed_str())`;
}

/** Shell: `${N}` inside double quotes and heredocs, single quotes closed around `"${N}"`, `"$N"` for a word. */
function shellEdits(text: string, site: StringSite, rs: Replacement[]): TextEditAt[] {
  const ref = (r: Replacement) => `\${${r.name}}`;
  if (site.shell === 'single') {
    const parts: string[] = [];
    let pos = site.start + 1;
    for (const r of rs) {
      if (r.offset > pos) parts.push(`'${text.slice(pos, r.offset)}'`);
      parts.push(`"${ref(r)}"`);
      pos = r.endOffset;
    }
    if (pos < site.end - 1) parts.push(`'${text.slice(pos, site.end - 1)}'`);
    return [{ offset: site.start, endOffset: site.end, newText: parts.join('') }];
  }
  return rs.map((r) => ({ offset: r.offset, endOffset: r.endOffset, newText: ref(r) }));
}

/** Languages read without a grammar: the scanner's literal, replaced whole or interpolated in place. */
function replaceOne(lang: Language, text: string, r: Replacement): TextEditAt | string {
  const lit = r.literal;
  if (!lit) {
    if (lang.bare) return { offset: r.offset, endOffset: r.endOffset, newText: lang.bare(r.name) };
    if (lang.interpolate || lang === dotenv) return { offset: r.offset, endOffset: r.endOffset, newText: lang.expr(r.name, text) };
    return 'the secret is not inside a string literal here, so it cannot be replaced safely: move it by hand';
  }
  const inner = { offset: text.indexOf(lit.quote, lit.offset) + lit.quote.length, endOffset: lit.endOffset - lit.quote.length };
  if (r.offset <= inner.offset && r.endOffset >= inner.endOffset) return { offset: lit.offset, endOffset: lit.endOffset, newText: lang.expr(r.name, text) };
  if (lang === dotenv) return 'the secret is only part of this value: move it by hand';
  if (lang.concat) {
    const parts = [text.slice(inner.offset, r.offset) && `${lit.quote}${text.slice(inner.offset, r.offset)}${lit.quote}`, lang.expr(r.name, text), text.slice(r.endOffset, inner.endOffset) && `${lit.quote}${text.slice(r.endOffset, inner.endOffset)}${lit.quote}`];
    return { offset: lit.offset, endOffset: lit.endOffset, newText: parts.filter(Boolean).join(lang.concat) };
  }
  return { offset: r.offset, endOffset: r.endOffset, newText: lang.interpolate!(r.name) };
}
