// Everything that differs by language, in one record per language: the VS Code ids that activate the
// extension, the file names that mean it, its comment syntax (and whether a comment may trail code), the lookup
// a quick fix writes with the import it needs, and the patterns that read a lookup back. The engine
// (suppression comments), the vault (references) and the server (fixes, ignore comments) all ask here;
// `package.json` activationEvents are checked against it by test/unit/languages.test.ts.
// Adding a language = adding a record (and, for a move, its rewrite in server/lsp/env-lookup.ts).
import { isDotenvSyntaxPath } from './detect/file-kind';

export interface CommentSyntax {
  /** What opens the comment: `//`, `#`, `--`, `<!--`, `/*`, `;`. */
  start: string;
  /** What closes it, '' for line comments. */
  end: string;
}

/** A pattern that reads an environment lookup; group `name` is the variable. */
export interface LookupPattern {
  id: string;
  regex: RegExp;
}

export interface LanguageRecord {
  /** VS Code language ids; the first names the record. */
  ids: string[];
  /** Other names for it (other editors' ids, other extensions' ids) that resolve here but do not activate. */
  aliases?: string[];
  label: string;
  /** File extensions (no dot, lower case) that mean this language when the editor gives no id. */
  extensions?: string[];
  /** `onLanguage:` activation for every id (package.json activationEvents). */
  activate?: boolean;
  /** Comment syntax; undefined for formats without comments (JSON). */
  comment?: CommentSyntax;
  /** A line comment may follow code on the same line (elsewhere it would become part of a value). */
  trailingComment?: boolean;
  /** The lookup a move writes, NAME standing for the variable, and the import it needs when absent. */
  lookup?: { writes: string; imports?: string };
  /** Patterns that read a lookup in this language (earlier ones win where two overlap). */
  reads?: LookupPattern[];
}

const SLASHES: CommentSyntax = { start: '//', end: '' };
const HASH: CommentSyntax = { start: '#', end: '' };
const DASHES: CommentSyntax = { start: '--', end: '' };
const XML: CommentSyntax = { start: '<!--', end: '-->' };
const CSS: CommentSyntax = { start: '/*', end: '*/' };
const SEMI: CommentSyntax = { start: ';', end: '' };

const N = '(?<name>[A-Za-z_][A-Za-z0-9_]*)';
const Q = `(?<q>["'\`])${N}\\k<q>`;
const read = (id: string, source: string): LookupPattern => ({ id, regex: new RegExp(source, 'g') });

const INTERPOLATION = read('interpolation', `\\$\\{${N}(?:[:?+-][^}]*)?\\}`);
const SHELL_VAR = read('shell', `\\$${N}\\b`);

export const LANGUAGES: readonly LanguageRecord[] = [
  {
    ids: ['typescript', 'typescriptreact'], label: 'TypeScript', extensions: ['ts', 'tsx', 'mts', 'cts'], activate: true,
    comment: SLASHES, trailingComment: true,
    lookup: { writes: 'requireEnv("NAME")', imports: 'a typed `requireEnv` function, added once at the end of the file' },
    reads: [read('node-accessor', `\\brequireEnv\\(\\s*${Q}`)],
  },
  {
    ids: ['javascript', 'javascriptreact'], label: 'JavaScript', extensions: ['js', 'jsx', 'mjs', 'cjs'], activate: true,
    comment: SLASHES, trailingComment: true, lookup: { writes: 'process.env.NAME' },
    reads: [
      read('node', `\\bprocess\\.env\\.${N}\\b`), read('node-index', `\\bprocess\\.env\\[\\s*${Q}\\s*\\]`),
      read('import-meta', `\\bimport\\.meta\\.env\\.${N}\\b`), read('deno', `\\bDeno\\.env\\.get\\(\\s*${Q}`),
    ],
  },
  { ids: ['vue', 'svelte'], label: 'JavaScript', comment: SLASHES, trailingComment: true, lookup: { writes: 'process.env.NAME' } },
  {
    ids: ['python'], label: 'Python', extensions: ['py'], activate: true, comment: HASH, trailingComment: true,
    lookup: { writes: 'os.environ["NAME"]', imports: 'import os' },
    reads: [read('python', `\\b(?:(?:os\\.)?environ(?:\\.get\\(|\\[)|os\\.getenv\\()\\s*${Q}`)],
  },
  {
    ids: ['go'], label: 'Go', extensions: ['go'], activate: true, comment: SLASHES, trailingComment: true,
    lookup: { writes: 'os.Getenv("NAME")', imports: 'import "os"' }, reads: [read('go', `\\bos\\.(?:Getenv|LookupEnv)\\(\\s*${Q}`)],
  },
  {
    ids: ['java'], label: 'Java', extensions: ['java'], activate: true, comment: SLASHES, trailingComment: true,
    lookup: { writes: 'System.getenv("NAME")' }, reads: [read('java', `\\bSystem\\.getenv\\(\\s*${Q}`)],
  },
  {
    ids: ['csharp'], aliases: ['cs'], label: 'C#', extensions: ['cs'], activate: true, comment: SLASHES, trailingComment: true,
    lookup: { writes: 'Environment.GetEnvironmentVariable("NAME")', imports: 'qualified as System.Environment unless the file has `using System;`' },
    reads: [read('csharp', `\\bEnvironment\\.GetEnvironmentVariable\\(\\s*${Q}`)],
  },
  {
    ids: ['ruby'], label: 'Ruby', extensions: ['rb'], activate: true, comment: HASH, trailingComment: true,
    lookup: { writes: 'ENV.fetch("NAME")' }, reads: [read('ruby', `\\bENV(?:\\[\\s*|\\.fetch\\(\\s*)${Q}`)],
  },
  {
    ids: ['php'], label: 'PHP', extensions: ['php'], activate: true, comment: SLASHES, trailingComment: true,
    lookup: { writes: "getenv('NAME')" }, reads: [read('php', `(?:\\bgetenv\\(\\s*|\\$_ENV\\[\\s*|\\$_SERVER\\[\\s*)${Q}`)],
  },
  {
    ids: ['rust'], label: 'Rust', extensions: ['rs'], activate: true, comment: SLASHES, trailingComment: true,
    lookup: { writes: 'std::env::var("NAME").expect("NAME is not set")' },
    reads: [read('rust', `\\b(?:(?:std::)?env::var(?:_os)?|env!)\\(\\s*${Q}`)],
  },
  {
    ids: ['shellscript'], aliases: ['sh', 'bash', 'zsh'], label: 'shell', extensions: ['sh', 'bash', 'zsh'], activate: true, comment: HASH, trailingComment: true,
    lookup: { writes: '"$NAME"' }, reads: [INTERPOLATION, SHELL_VAR],
  },
  { ids: ['yaml', 'dockercompose'], label: 'YAML', extensions: ['yml', 'yaml'], activate: true, comment: HASH, trailingComment: true, lookup: { writes: '${NAME}' }, reads: [INTERPOLATION] },
  { ids: ['dockerfile'], label: 'Dockerfile', extensions: ['dockerfile'], activate: true, comment: HASH, lookup: { writes: '${NAME}', imports: 'ARG NAME above the instruction' }, reads: [INTERPOLATION, SHELL_VAR] },
  {
    ids: ['terraform'], aliases: ['hcl', 'terraform-vars'], label: 'Terraform', extensions: ['tf', 'tfvars', 'hcl'], activate: true, comment: HASH, trailingComment: true,
    lookup: { writes: 'var.name', imports: 'a variable "name" { sensitive = true } block' },
  },
  { ids: ['properties'], aliases: ['java-properties', 'spring-boot-properties'], label: '.properties', extensions: ['properties'], activate: true, comment: HASH, lookup: { writes: '${NAME}' }, reads: [INTERPOLATION] },
  { ids: ['dotenv'], label: '.env', extensions: ['env'], activate: true, comment: HASH, lookup: { writes: 'keychain:NAME' } },
  { ids: ['json'], label: 'JSON', extensions: ['json'], activate: true },
  { ids: ['jsonc'], label: 'JSON', extensions: ['jsonc', 'json5'], activate: true, comment: SLASHES },
  { ids: ['ini'], label: 'INI', extensions: ['ini'], activate: true, comment: SEMI },
  { ids: ['toml'], label: 'TOML', extensions: ['toml'], activate: true, comment: HASH },
  { ids: ['xml'], label: 'XML', extensions: ['xml', 'svg', 'plist', 'xaml', 'csproj', 'vbproj', 'config'], activate: true, comment: XML },
  { ids: ['plaintext'], label: 'plain text', comment: HASH },
  // Comment syntax only: suppression comments in files Keywarden scans but cannot rewrite.
  { ids: ['c', 'cpp', 'objective-c'], label: 'C/C++', extensions: ['c', 'h', 'cpp', 'hpp', 'cc', 'm'], comment: SLASHES, trailingComment: true },
  { ids: ['swift', 'kotlin', 'scala', 'dart'], label: 'JVM/Swift/Dart', extensions: ['swift', 'kt', 'kts', 'scala', 'dart'], comment: SLASHES, trailingComment: true },
  { ids: ['groovy', 'proto', 'zig', 'fsharp'], label: 'other // languages', extensions: ['groovy', 'gradle', 'proto', 'zig', 'fs'], comment: SLASHES },
  { ids: ['perl', 'r', 'makefile', 'powershell', 'elixir', 'nim', 'coffeescript', 'graphql', 'nix', 'cmake', 'fish', 'ignore'], label: 'other # languages', extensions: ['pl', 'mk', 'ps1', 'ex', 'exs', 'coffee', 'gql', 'cfg', 'conf', 'gitignore'], comment: HASH },
  { ids: ['sql', 'lua', 'haskell', 'elm', 'ada', 'vhdl'], label: 'other -- languages', extensions: ['hs'], comment: DASHES },
  { ids: ['html', 'markdown'], label: 'markup', extensions: ['htm', 'xhtml', 'md'], comment: XML },
  { ids: ['css', 'scss', 'less'], label: 'stylesheets', comment: CSS },
  { ids: ['clojure', 'lisp', 'asm'], label: 'other ; languages', extensions: ['clj', 'el'], comment: SEMI },
];

/**
 * Who loads a YAML file decides which reference it expands, so the YAML fix writes the loader's own form.
 * One record per loader, recognised by path (then by top-level keys); the first that matches wins.
 */
export interface YamlLoader {
  id: string;
  label: string;
  path?: RegExp;
  /** Matched against the text when no loader claims the path: all must match. */
  content?: RegExp[];
  /** The reference the fix writes, NAME standing for the variable; absent when the loader expands nothing. */
  writes?: string;
  /** Inside a longer value, where a word character follows the reference. */
  inside?: string;
  /** Why no reference works in such a file, and what to do instead. */
  refuse?: string;
  /** What must be true for the reference to work, said in the fix's title and message (NAME: the variable). */
  note?: string;
}

export const YAML_LOADERS: readonly YamlLoader[] = [
  {
    id: 'github-actions', label: 'GitHub Actions workflow', path: /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/,
    writes: '${{ secrets.NAME }}', note: 'the workflow reads ${{ secrets.NAME }}: add NAME as a repository secret (gh secret set NAME)',
  },
  {
    id: 'gitlab-ci', label: 'GitLab CI', path: /(^|[\\/])\.gitlab-ci\.ya?ml$/, writes: '$NAME', inside: '${NAME}',
    note: 'the pipeline reads $NAME: add NAME as a masked CI/CD variable of the project',
  },
  // Compose reads the .env next to the compose file by itself.
  { id: 'compose', label: 'Docker Compose', path: /(^|[\\/])(docker-)?compose[^\\/]*\.ya?ml$/, writes: '${NAME}' },
  { id: 'spring', label: 'Spring Boot', path: /(^|[\\/])(application|bootstrap)(-[^\\/]*)?\.ya?ml$/, writes: '${NAME}' },
  {
    id: 'kubernetes', label: 'Kubernetes manifest', content: [/^apiVersion:[ \t]*\S/m, /^kind:[ \t]*\S/m],
    refuse: 'Kubernetes does not expand environment variables in a manifest: put the value in a Secret (kubectl create secret generic) and read it with valueFrom.secretKeyRef',
  },
  {
    id: 'helm-values', label: 'Helm values', path: /(^|[\\/])values(-[^\\/]*)?\.ya?ml$/,
    refuse: 'Helm does not expand environment variables in a values file: pass the value at install time (helm install --set key="$NAME") or point the chart at an existing Secret',
  },
  {
    id: 'ansible', label: 'Ansible', path: /(^|[\\/])(playbooks?|roles|group_vars|host_vars)[\\/]|(^|[\\/])(site|playbook[^\\/]*)\.ya?ml$/,
    content: [/^-[ \t]+(hosts|import_playbook):/m], writes: "{{ lookup('env', 'NAME') }}",
  },
  {
    id: 'yaml', label: 'YAML', writes: '${NAME}',
    note: 'writes ${NAME}, which works only if the program loading this file expands it (for example envsubst)',
  },
];

/** The loader of a YAML file, by its path, else by its text; the generic record when none is recognised. */
export function yamlLoader(path: string, text = ''): YamlLoader {
  const byPath = YAML_LOADERS.find((l) => l.path?.test(path));
  return byPath ?? YAML_LOADERS.find((l) => l.content?.every((c) => c.test(text))) ?? YAML_LOADERS[YAML_LOADERS.length - 1]!;
}

const byId = new Map<string, LanguageRecord>();
const byExtension = new Map<string, LanguageRecord>();
for (const record of LANGUAGES) {
  for (const id of [...record.ids, ...(record.aliases ?? [])]) byId.set(id, record);
  for (const ext of record.extensions ?? []) if (!byExtension.has(ext)) byExtension.set(ext, record);
}
// An id is also its own extension (sql, html, lua…) unless a record claims that extension.
for (const record of LANGUAGES) for (const id of record.ids) if (!byExtension.has(id)) byExtension.set(id, record);

function basename(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Special file names first (Dockerfile, compose files, .env), then the editor's language id, then the extension. */
export function languageRecord(languageId: string, path: string): LanguageRecord | undefined {
  const base = basename(path);
  if (isDotenvSyntaxPath(path)) return byId.get('dotenv');
  if (/^(Dockerfile|Containerfile)(\..*)?$|\.dockerfile$/i.test(base)) return byId.get('dockerfile');
  if (/^(docker-)?compose.*\.ya?ml$/.test(base)) return byId.get('yaml');
  const known = byId.get(languageId);
  if (known && languageId !== 'plaintext') return known;
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
  return byExtension.get(ext) ?? known;
}

/** The id the record is known by (its first VS Code language id). */
export function recordId(record: LanguageRecord): string {
  return record.ids[0]!;
}

/** Every lookup pattern, once each, in record order (ENV_LOOKUP_PATTERNS). */
export function lookupPatterns(): LookupPattern[] {
  const seen = new Map<string, LookupPattern>();
  for (const record of LANGUAGES) for (const p of record.reads ?? []) if (!seen.has(p.id)) seen.set(p.id, p);
  // Interpolation and bare shell variables last: `$_ENV[` is PHP's before it is the shell's `$_ENV`.
  const late = ['interpolation', 'shell'];
  return [...seen.values()].sort((a, b) => late.indexOf(a.id) - late.indexOf(b.id));
}

/** The comment syntax for a path or language id; undefined for JSON; `#` when nothing is known. */
export function commentSyntax(pathOrLanguageId: string): CommentSyntax | undefined {
  const key = pathOrLanguageId.toLowerCase();
  const record = byId.get(key) ?? byExtension.get(key) ?? (key.includes('/') || key.includes('\\') || key.includes('.') ? languageRecord('', pathOrLanguageId) : undefined);
  if (record) return record.comment;
  const base = basename(key);
  if (base === 'makefile' || base === '.npmrc' || base === '.netrc' || base === '.pgpass' || base.endsWith('ignore')) return HASH;
  return HASH;
}

/** True when a line comment may follow code in this language (VS Code id). */
export function trailingCommentSafe(languageId: string): boolean {
  return byId.get(languageId)?.trailingComment === true;
}
