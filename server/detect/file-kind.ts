// What kind of file a path names: generated or lock files (skipped by default) and binary formats.

const LOCK_FILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock',
  'cargo.lock', 'poetry.lock', 'pipfile.lock', 'pdm.lock', 'uv.lock', 'gemfile.lock', 'composer.lock', 'go.sum',
  'mix.lock', 'pubspec.lock', 'podfile.lock', 'packages.lock.json', 'flake.lock', 'gradle.lockfile', 'shrinkwrap.yaml',
]);

const GENERATED_SUFFIXES = ['.min.js', '.min.mjs', '.min.css', '.js.map', '.css.map', '.map', '.snap', '.pb.go', '_pb2.py', '.lock'];

/** Extensions whose files are never text worth scanning. */
const BINARY_EXTENSIONS = new Set(('png jpg jpeg gif bmp ico icns webp avif tif tiff psd heic mp3 mp4 m4a wav ogg flac webm mov avi mkv '
  + 'zip gz tgz bz2 xz 7z rar zst jar war ear class dll exe so dylib a o obj lib bin dat wasm node pyc pyo whl '
  + 'pdf doc docx xls xlsx ppt pptx odt woff woff2 ttf otf eot sqlite db mdb iso dmg img').split(' '));

function baseName(rel: string): string {
  const i = Math.max(rel.lastIndexOf('/'), rel.lastIndexOf('\\'));
  return (i >= 0 ? rel.slice(i + 1) : rel).toLowerCase();
}

/** Lock files, minified bundles, source maps, snapshots, generated protobuf code. */
export function isGeneratedPath(rel: string): boolean {
  const base = baseName(rel);
  return LOCK_FILES.has(base) || GENERATED_SUFFIXES.some((s) => base.endsWith(s));
}

export function hasBinaryExtension(rel: string): boolean {
  const base = baseName(rel);
  const dot = base.lastIndexOf('.');
  return dot > 0 && BINARY_EXTENSIONS.has(base.slice(dot + 1));
}

/** `.env`, `.env.local`, `.env.example`, `prod.env`: files in dotenv syntax, templates included. */
export function isDotenvSyntaxPath(path: string): boolean {
  const base = baseName(path);
  return /^\.env(?:\.[\w.-]+)?$/.test(base) || /^[\w.-]+\.env$/.test(base);
}

/** A committed template (`.env.example`, `.env.sample`…): it documents names and should hold no value. */
export function isDotenvTemplatePath(path: string): boolean {
  return isDotenvSyntaxPath(path) && /\.(?:example|sample|template|dist|defaults)$/.test(baseName(path));
}

/** A file where a project's values live locally (`.env`, `.env.local`, `prod.env`), not a template. */
export function isDotenvPath(path: string): boolean {
  return isDotenvSyntaxPath(path) && !isDotenvTemplatePath(path);
}
