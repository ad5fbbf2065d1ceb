// The toolchain suite: every move quick fix on realistic files, run through the language server over stdio,
// and the result checked by the language's own toolchain. A move is "ok" when the file still compiles (or
// parses) and, run with the moved secrets in its environment, does what it did before; "refused" when the
// server declined and left the file as it was; anything else is "broken". None may be broken, and each
// refusal must be one this file expects, for the reason it expects.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import type { CommandResult } from '../../server/shared/protocol';
import { parseDotenv } from '../../server/vault/dotenv';
import { fake, seededRng } from '../support/fake-secrets';
import { startLsp, type LspClient } from '../support/lsp-client';
import { sameOutput, TOOLCHAINS, type Outcome, type Toolchain } from '../support/toolchains';

const fixtures = join(__dirname, '..', 'fixtures', 'toolchains');

/** `@@NAME@@` in a fixture is a generated fake secret of that kind, the same one in every file of a run. */
function secrets(): Record<string, string> {
  const rng = seededRng(15);
  return {
    STRIPE: fake.stripeLive(rng), STRIPE2: fake.stripeLive(rng), STRIPE3: fake.stripeLive(rng),
    GITHUB: fake.githubPat(rng), GITHUB2: fake.githubPat(rng), GITHUB3: fake.githubPat(rng),
    AWS_ID: fake.awsKeyId(rng), AWS_SECRET: fake.awsSecret(rng),
  };
}

/**
 * The refusals this suite expects, by `dir/file:line` (1-based) of the secret; "all" marks a move-all's
 * partial refusal. The reason must name the construct and say what to do.
 */
const REFUSALS: Record<string, RegExp> = {
  'go/consts.go:7': /Go const \( … \) block .* move this one out of the block into a var/,
  'go/config.go:11': /Go const \( … \) block/,
  'java/Client.java:13': /Java case label .* equals\(\)/,
  'java/Settings.java:10': /Java annotation argument/,
  'java/Settings.java:14': /multi-line string/,
  'csharp/Payments.cs:5': /C\\?# const .*static readonly/,
  'csharp/Payments.cs:9': /C\\?# default parameter value .* null/,
  'csharp/Config.cs:10': /C\\?# attribute argument/,
  'csharp/Config.cs:14': /C\\?# const .*static readonly/,
  'php/client.php:5': /PHP property default .* constructor/,
  'php/client.php:6': /PHP class constant/,
  'php/client.php:8': /PHP parameter default .* null/,
  'rust/main.rs:3': /Rust const\/static .* LazyLock/,
  'rust/config.rs:7': /Rust const\/static/,
  'python/messages.py:10': /Python case pattern .* ==/,
  'typescript/settings.ts:2': /TypeScript enum member/,
  'shell/release.sh:4': /heredoc whose delimiter is quoted \('EOT'\)/,
  'ruby/settings.rb:4': /heredoc/,
  'dockerfile/Dockerfile.multi:8': /CMD in exec form/,
};

type Verdict = 'ok' | 'refused' | 'broken';
interface Row {
  where: string;
  verdict: Verdict;
  detail: string;
}

const rows: Row[] = [];
const undetected: string[] = [];

function missing(tool: Toolchain): string | undefined {
  const absent = tool.needs.filter((cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0);
  return absent.length ? `${absent.join(', ')} not installed (bash test/setup.sh installs it)` : undefined;
}

const ALL = { title: /^Move all \d+ secrets in this file to \.env$/ };

describe('toolchain suite: every move compiles or is refused', () => {
  const values = secrets();
  after(() => {
    const table = new Map<string, Record<Verdict, number>>();
    for (const r of rows) {
      const lang = r.where.replace(/\/[\s\S]*/, '');
      const t = table.get(lang) ?? { ok: 0, refused: 0, broken: 0 };
      t[r.verdict]++;
      table.set(lang, t);
    }
    const lines = [...table].map(([lang, t]) => `${lang.padEnd(12)} ${String(t.ok).padStart(3)} ok ${String(t.refused).padStart(3)} refused ${String(t.broken).padStart(3)} broken`);
    const total = rows.reduce((s, r) => ({ ...s, [r.verdict]: s[r.verdict] + 1 }), { ok: 0, refused: 0, broken: 0 });
    console.log(['toolchain suite:', ...lines, `${'total'.padEnd(12)} ${String(total.ok).padStart(3)} ok ${String(total.refused).padStart(3)} refused ${String(total.broken).padStart(3)} broken`,
      ...(undetected.length ? [`no diagnostic: ${undetected.join(', ')}`] : []),
      ...rows.filter((r) => r.verdict !== 'ok').map((r) => `  ${r.verdict} ${r.where}: ${r.detail.split('\n').slice(0, 3).join(' | ')}`)].join('\n'));
  });

  for (const tool of TOOLCHAINS) {
    const skip = missing(tool);
    it(`${tool.dir}`, { skip }, async () => {
      const root = mkdtempSync(join(tmpdir(), `kw-tc-${tool.dir}-`));
      execFileSync('git', ['init', '-q'], { cwd: root });
      const client = await startLsp({ root });
      const problems: string[] = [];
      try {
        for (const name of readdirSync(join(fixtures, tool.dir)).sort()) {
          const original = readFileSync(join(fixtures, tool.dir, name), 'utf8').replace(/@@([A-Z0-9_]+)@@/g, (_, k: string) => values[k]!);
          const before = await checkAt(tool, root, 'before', name, original, {});
          assert.ok(before.ok, `${tool.dir}/${name} must compile before any move: ${before.error}`);

          const probe = await openAt(client, tool, root, 'probe', name, original);
          const diagnostics = await client.current(probe);
          for (const [key, value] of Object.entries(values)) {
            const at = original.indexOf(value);
            if (at >= 0 && !diagnostics.some((d) => covers(original, d.range, at))) undetected.push(`${tool.dir}/${name} @@${key}@@`);
          }
          client.close(probe);

          for (let i = 0; i < diagnostics.length; i++) {
            const line = diagnostics[i]!.range.start.line + 1;
            const where = `${tool.dir}/${name}:${line}`;
            const row = await attempt(client, tool, root, `m${i}`, name, original, before, (uri, ds) => client.codeActions(uri, [ds[i]!]), /to \.env$/, where);
            rows.push(row);
            judge(row, REFUSALS[where], problems);
          }
          if (diagnostics.length >= 2) {
            const where = `${tool.dir}/${name}:all`;
            const row = await attempt(client, tool, root, 'all', name, original, before, (uri, ds) => client.codeActions(uri, ds.slice(0, 1)), ALL.title, where);
            rows.push(row);
            judge(row, REFUSALS[where], problems);
          }
        }
      } finally {
        await client.stop();
        rmSync(root, { recursive: true, force: true });
      }
      assert.deepEqual(problems, []);
    });
  }
});

function judge(row: Row, expected: RegExp | undefined, problems: string[]): void {
  if (row.verdict === 'broken') problems.push(`${row.where} broken: ${row.detail}`);
  else if (row.verdict === 'refused' && !expected) problems.push(`${row.where} refused unexpectedly: ${row.detail}`);
  else if (row.verdict === 'refused' && !expected!.test(row.detail)) problems.push(`${row.where} refused for the wrong reason: ${row.detail}`);
  else if (row.verdict === 'ok' && expected && !/partly/.test(row.detail)) problems.push(`${row.where} expected a refusal (${expected}) but moved`);
}

function covers(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, offset: number): boolean {
  const lines = text.slice(0, offset).split('\n');
  const line = lines.length - 1;
  const ch = lines[line]!.length;
  const after = (l: number, c: number, pl: number, pc: number) => l > pl || (l === pl && c >= pc);
  return after(line, ch, range.start.line, range.start.character) && after(range.end.line, range.end.character, line, ch);
}

async function openAt(client: LspClient, tool: Toolchain, root: string, sub: string, name: string, text: string): Promise<string> {
  mkdirSync(join(root, sub), { recursive: true });
  writeFileSync(join(root, sub, name), text);
  return client.open(`${sub}/${name}`, tool.languageId, text);
}

async function checkAt(tool: Toolchain, root: string, sub: string, name: string, text: string, env: Record<string, string>): Promise<Outcome> {
  const dir = join(root, 'build', `${sub}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), text);
  return tool.check(join(dir, name), env);
}

async function attempt(
  client: LspClient, tool: Toolchain, root: string, sub: string, name: string, original: string, before: Outcome,
  actionsOf: (uri: string, ds: Awaited<ReturnType<LspClient['current']>>) => Promise<CodeAction[]>, title: RegExp, where: string,
): Promise<Row> {
  const uri = await openAt(client, tool, root, sub, name, original);
  try {
    const ds = await client.current(uri);
    const actions = await actionsOf(uri, ds);
    const action = actions.find((a) => title.test(a.title));
    if (!action?.command) return { where, verdict: 'refused', detail: `no move offered (${actions.map((a) => a.disabled?.reason ?? a.title).join(' | ')})` };
    const messagesBefore = client.messages.length;
    let result: CommandResult;
    try {
      result = (await client.execute(action.command.command, action.command.arguments!)) as CommandResult;
    } catch (err) {
      return { where, verdict: 'broken', detail: `the command failed: ${(err as Error).message}` };
    }
    const text = client.text(uri);
    const said = client.messages.slice(messagesBefore).map((m) => m.message).join(' | ');
    if (!result.ok) {
      // This client refuses overlapping edits; an editor may apply them and corrupt the file.
      if (/Overlapping edit/i.test(result.message ?? '')) return { where, verdict: 'broken', detail: `two edits overlap: ${result.message}` };
      if (text !== original) return { where, verdict: 'broken', detail: `refused but changed the file: ${result.message}` };
      return { where, verdict: 'refused', detail: result.message ?? said };
    }
    if (text === original) return { where, verdict: 'broken', detail: 'reported success but left the file unchanged' };
    const env = parseDotenv(readFileSync(join(root, '.env'), 'utf8'));
    const moved = (result.names ?? []).map((n) => env[n]).filter((v): v is string => v !== undefined);
    const left = moved.filter((v) => text.includes(v));
    if (left.length) return { where, verdict: 'broken', detail: `a moved secret is still in the file:\n${diffLines(original, text)}` };
    const afterOutcome = await checkAt(tool, root, sub, name, text, env);
    if (!afterOutcome.ok) return { where, verdict: 'broken', detail: `${afterOutcome.error}\n${diffLines(original, text)}` };
    if (!sameOutput(before, afterOutcome)) return { where, verdict: 'broken', detail: `behaves differently: ${mask(JSON.stringify(before.output))} became ${mask(JSON.stringify(afterOutcome.output))}\n${diffLines(original, text)}` };
    return { where, verdict: 'ok', detail: /refus|not moved|left/i.test(said) ? `partly: ${said}` : '' };
  } finally {
    client.close(uri);
  }
}

/** Fake secrets shortened to their prefix, so that a failure message shows where, never what. */
const mask = (s: string) => s.replace(/(sk_live_|ghp_|AKIA)[A-Za-z0-9]+/g, '$1…');

/** The changed lines, for a failure message. */
function diffLines(a: string, b: string): string {
  const al = a.split('\n');
  const bl = b.split('\n');
  let i = 0;
  while (i < al.length && al[i] === bl[i]) i++;
  let j = 0;
  while (j < al.length - i && j < bl.length - i && al[al.length - 1 - j] === bl[bl.length - 1 - j]) j++;
  return bl.slice(i, bl.length - j).map((l) => `+ ${mask(l)}`).join('\n');
}
