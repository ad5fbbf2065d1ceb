// Each language's own compiler, parser or interpreter, as the toolchain suite uses them: a file is "ok" when
// the real toolchain accepts it, and its output (run with the moved secrets in the environment) is what it
// printed before the move. Debian's packages (test/setup.sh); tsc from npm; never the rustup toolchain.
// TypeScript is checked in process with `strict` (one compiler reusing the last program's lib files).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ts from 'typescript';
import { DockerfileParser } from 'dockerfile-ast';
import { parseAllDocuments } from 'yaml';

export interface Outcome {
  ok: boolean;
  /** What the program printed (or the parsed data, for formats), to compare before and after. */
  output: string;
  /** The toolchain's complaint when not ok. */
  error?: string;
}

export interface Toolchain {
  /** Folder under test/fixtures/toolchains. */
  dir: string;
  languageId: string;
  /** The commands it needs, to skip with a reason where one is missing. */
  needs: string[];
  check(file: string, env: Record<string, string>): Promise<Outcome>;
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env: { ...process.env, ...env }, timeout: 120_000, maxBuffer: 4 << 20 }, (err, stdout, stderr) => {
      resolve(err ? { ok: false, output: stdout, error: `${cmd} ${args.join(' ')}: ${stderr || stdout || err.message}`.slice(0, 2000) } : { ok: true, output: stdout });
    });
  });
}

async function steps(...all: (() => Promise<Outcome>)[]): Promise<Outcome> {
  let last: Outcome = { ok: true, output: '' };
  for (const step of all) {
    last = await step();
    if (!last.ok) return last;
  }
  return last;
}

let previous: ts.Program | undefined;

/** tsc --strict in process (one compiler, no spawn per file), then the file runs under tsx. */
function typecheck(file: string): Outcome {
  const options: ts.CompilerOptions = {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, jsx: ts.JsxEmit.Preserve,
    types: ['node'], skipLibCheck: true, typeRoots: [join(__dirname, '..', '..', 'node_modules', '@types')],
  };
  // The previous program lends its parsed lib and @types files: seconds saved on every check.
  const program = ts.createProgram({ rootNames: [file], options, oldProgram: previous });
  previous = program;
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length === 0) return { ok: true, output: '' };
  return { ok: false, output: '', error: 'tsc --strict: ' + ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dirname(file), getNewLine: () => '\n' }) };
}

const rustc = '/usr/bin/rustc';

export const TOOLCHAINS: Toolchain[] = [
  {
    dir: 'python', languageId: 'python', needs: ['python3'],
    check: (f, env) => run('python3', [basename(f)], dirname(f), env),
  },
  {
    dir: 'javascript', languageId: 'javascript', needs: ['node'],
    check: (f, env) => steps(() => run(process.execPath, ['--check', f], dirname(f)), () => run(process.execPath, [f], dirname(f), env)),
  },
  {
    dir: 'typescript', languageId: 'typescript', needs: ['node'],
    check: async (f, env) => {
      const types = typecheck(f);
      if (!types.ok || f.endsWith('x')) return types;
      // Type-checked already: emit plain JavaScript and run it (cheaper than a TypeScript loader per run).
      const js = f.replace(/\.ts$/, '.cjs');
      writeFileSync(js, ts.transpileModule(readFileSync(f, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText);
      return run(process.execPath, [js], dirname(f), env);
    },
  },
  {
    dir: 'go', languageId: 'go', needs: ['go', 'gofmt'],
    check: (f, env) => {
      const cwd = dirname(f);
      const goEnv = { GOFLAGS: '-mod=mod', GO111MODULE: 'on', GOPROXY: 'off', GOCACHE: process.env.GOCACHE ?? join(process.env.HOME ?? '/tmp', '.cache', 'go-build') };
      if (!existsSync(join(cwd, 'go.mod'))) writeFileSync(join(cwd, 'go.mod'), 'module example.com/fixture\n\ngo 1.19\n');
      return steps(
        () => run('gofmt', ['-e', '-l', basename(f)], cwd).then((o) => (o.ok && o.output.trim() ? { ok: false, output: '', error: `gofmt would reformat ${basename(f)}` } : o)),
        () => run('go', ['vet', basename(f)], cwd, goEnv),
        () => run('go', ['run', basename(f)], cwd, { ...goEnv, ...env }),
      );
    },
  },
  {
    dir: 'java', languageId: 'java', needs: ['java', 'javac'],
    check: (f, env) => steps(() => run('javac', ['-d', join(dirname(f), 'classes'), basename(f)], dirname(f)), () => run('java', ['-cp', 'classes', basename(f, '.java')], dirname(f), env)),
  },
  {
    dir: 'csharp', languageId: 'csharp', needs: ['mcs', 'mono'],
    check: (f, env) => steps(() => run('mcs', ['-warnaserror-', '-out:app.exe', basename(f)], dirname(f)), () => run('mono', ['app.exe'], dirname(f), env)),
  },
  {
    dir: 'ruby', languageId: 'ruby', needs: ['ruby'],
    check: (f, env) => steps(() => run('ruby', ['-c', basename(f)], dirname(f)), () => run('ruby', [basename(f)], dirname(f), env)),
  },
  {
    dir: 'php', languageId: 'php', needs: ['php'],
    check: (f, env) => steps(() => run('php', ['-l', basename(f)], dirname(f)), () => run('php', [basename(f)], dirname(f), env)),
  },
  {
    dir: 'rust', languageId: 'rust', needs: [rustc],
    check: (f, env) => steps(() => run(rustc, ['--edition', '2021', '-o', 'app', basename(f)], dirname(f)), () => run('./app', [], dirname(f), env)),
  },
  {
    dir: 'shell', languageId: 'shellscript', needs: ['bash'],
    check: (f, env) => steps(() => run('bash', ['-n', basename(f)], dirname(f)), () => run('bash', [basename(f)], dirname(f), env)),
  },
  {
    dir: 'yaml', languageId: 'yaml', needs: [],
    check: async (f, env) => {
      const docs = parseAllDocuments(readFileSync(f, 'utf8'));
      const errors = (Array.isArray(docs) ? docs : []).flatMap((d) => d.errors.map((e) => e.message));
      if (!Array.isArray(docs) || errors.length) return { ok: false, output: '', error: `YAML: ${errors.join('; ') || 'empty'}` };
      // What Compose would see: ${NAME} interpolated from the environment.
      const data = docs.map((d) => interpolate(d.toJS(), env));
      return { ok: true, output: JSON.stringify(data) };
    },
  },
  {
    dir: 'dockerfile', languageId: 'dockerfile', needs: [],
    check: async (f, env) => dockerfileOutcome(readFileSync(f, 'utf8'), env),
  },
];

function interpolate(value: unknown, env: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, n: string) => env[n] ?? m);
  if (Array.isArray(value)) return value.map((v) => interpolate(v, env));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env)]));
  return value;
}

/**
 * What each instruction means once built with `--build-arg NAME=value` for every moved secret: per stage,
 * ARGs declared before use, ENV values expanded, RUN text as the shell would see it (no expansion in single
 * quotes). There is no Docker here, so this is the part of its semantics the moves can change.
 */
function dockerfileOutcome(text: string, env: Record<string, string>): Outcome {
  const doc = DockerfileParser.parse(text);
  const out: string[] = [];
  const problems: string[] = [];
  let args = new Set<string>();
  for (const ins of doc.getInstructions()) {
    const kw = ins.getKeyword();
    if (kw === 'FROM') args = new Set();
    if (kw === 'ARG') for (const a of ins.getArguments()) args.add(a.getValue().replace(/=[\s\S]*/, ''));
    const raw = ins.getRawArgumentsContent() ?? '';
    const expand = (s: string, quoted: boolean) => s.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, n: string) => {
      const value = env[n];
      if (value === undefined) return m;
      if (quoted) { problems.push(`${kw}: $${n} inside single quotes is never expanded`); return m; }
      if (!args.has(n)) { problems.push(`${kw}: ${n} is not declared by an ARG in this stage before use`); return m; }
      return value;
    });
    const meaning = kw === 'RUN'
      ? raw.split(/('[^']*')/).map((part) => (part.startsWith("'") ? expand(part, true).slice(1, -1) : expand(part, false).replace(/"/g, ''))).join('')
      : expand(raw, false).replace(/"/g, '');
    if (kw !== 'ARG') out.push(`${kw} ${meaning.replace(/\\\r?\n\s*/g, ' ').replace(/\s+/g, ' ').trim()}`);
  }
  if (problems.length) return { ok: false, output: out.join('\n'), error: problems.join('; ') };
  return { ok: true, output: out.join('\n') };
}

export function sameOutput(a: Outcome, b: Outcome): boolean {
  return a.ok && b.ok && isDeepStrictEqual(a.output, b.output);
}
