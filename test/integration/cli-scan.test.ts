// `keywarden scan` and `keywarden baseline` end to end: the built dist/cli.js on real temp folders and git
// repositories. Exit codes, the three formats (SARIF checked against what GitHub code scanning requires),
// the baseline round trip, --staged, --output, usage and config errors, and no raw secret in any output.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { syntheticCorpus } from '../bench/corpus';
import { at } from '../support/defined';
import { fake } from '../support/fake-secrets';

import { CLI, runCli, type CliResult } from '../support/cli';
const DEMO = join(__dirname, '../fixtures/demo');
const rng = Math.random;

// Ten minutes: the 8 MB single-threaded scan below takes over a minute on a loaded machine.
const cli = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): CliResult => runCli(cwd, args, { env, timeoutMs: 600_000 });

const temps: string[] = [];
after(() => { for (const t of temps) rmSync(t, { recursive: true, force: true }); });

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-cli-'));
  temps.push(root);
  // `.keywarden/` marks the project root, so a stray one in the temp folder above cannot claim the project.
  mkdirSync(join(root, '.keywarden'));
  for (const [rel, text] of Object.entries(files)) write(root, rel, text);
  return root;
}

function write(root: string, rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

interface JsonFinding {
  file: string; line: number; column: number; endLine: number; endColumn: number;
  ruleId: string; severity: string; redacted: string; fingerprint: string; suggestedName: string;
}

function findingsOf(run: Pick<CliResult, 'stdout'>): JsonFinding[] {
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

/** The text a finding points at in its file (its first line, when it spans more). */
function textAt(root: string, f: JsonFinding): string {
  const line = at(readFileSync(join(root, f.file), 'utf8').split('\n'), f.line - 1, `the lines of ${f.file}`);
  return f.line === f.endLine ? line.slice(f.column - 1, f.endColumn - 1) : line.slice(f.column - 1);
}

/** A small project with secrets of several providers, and the raw values no output may contain. */
function plantedProject() {
  const secrets = {
    stripe: fake.stripeLive(rng),
    github: fake.githubPat(rng),
    awsId: fake.awsKeyId(rng),
    awsSecret: fake.awsSecret(rng),
    slack: fake.slackBot(rng),
    password: fake.dbPassword(rng),
  };
  const root = project({
    'src/billing.ts': `import Stripe from 'stripe';\n\nconst stripeSecretKey = "${secrets.stripe}";\nexport const stripe = new Stripe(stripeSecretKey);\n`,
    'config/.env': `GITHUB_TOKEN=${secrets.github}\nSLACK_BOT_TOKEN=${secrets.slack}\nAPI_URL=https://api.acme.io\n`,
    'deploy/aws.ini': `[default]\naws_access_key_id = ${secrets.awsId}\naws_secret_access_key = ${secrets.awsSecret}\n`,
    'src/db.py': `DATABASE_URL = "postgres://app:${secrets.password}@prod-db.acme-corp.io:5432/app"\n`,
    'src/clean.ts': 'export const apiKey = process.env.STRIPE_SECRET_KEY;\nconst placeholder = "your-api-key-here";\n',
  });
  return { root, secrets };
}

function assertNoSecret(output: string, secrets: Record<string, string>, what: string): void {
  for (const [name, value] of Object.entries(secrets)) {
    assert.ok(!output.includes(value), `${what} contains the raw ${name} secret`);
    // Nor a long enough part of it to be useful (the redacted form shows at most 8 characters).
    assert.ok(!output.includes(value.slice(4, 16)), `${what} contains part of the ${name} secret`);
  }
}

describe('keywarden scan: exit codes and text output', () => {
  it('exits 0 with a summary on a clean tree', () => {
    const root = project({ 'src/index.ts': 'export const url = process.env.API_URL ?? "http://localhost:3000";\n' });
    const r = cli(root, ['scan']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^No secrets found; scanned 1 file \/ [\d.]+ MB in [\d.]+ s\.\n$/);
    assert.equal(r.stderr, '', 'no progress or warnings on a short, non-TTY scan');
  });

  it('exits 1 and lists file:line:col, severity, rule, description and the redacted secret, sorted by file', () => {
    const { root, secrets } = plantedProject();
    const r = cli(root, ['scan']);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(!r.stdout.includes('\x1b['), 'no colour when stdout is not a TTY');
    const lines = r.stdout.trimEnd().split('\n');
    const stripeLine = lines.find((l) => l.startsWith('src/billing.ts:3:26'));
    assert.ok(stripeLine, r.stdout);
    assert.match(stripeLine, /^src\/billing\.ts:3:26\s+error\s+stripe-secret-key\s+Stripe live secret key\s+sk_live_…/);
    assert.ok(stripeLine.endsWith(`sk_live_…${secrets.stripe.slice(-4)}`));
    const files = lines.filter((l) => /^\S+:\d+:\d+ /.test(l)).map((l) => l.split(':')[0]);
    assert.deepEqual(files, [...files].sort(), 'sorted by file');
    assert.ok(files.includes('config/.env') && files.includes('deploy/aws.ini') && files.includes('src/db.py'));
    assert.ok(!files.includes('src/clean.ts'), 'env lookups and placeholders are not findings');
    assert.match(lines.at(-1)!, /^\d+ findings in 4 files \(\d+ errors?.*\); scanned 5 files \/ [\d.]+ MB in [\d.]+ s\.$/);
    assertNoSecret(r.stdout + r.stderr, secrets, 'text output');
  });

  it('shows paths relative to the current folder, and scans only the paths given', () => {
    const { root } = plantedProject();
    const fromSrc = findingsOf(cli(join(root, 'src'), ['scan', '--format', 'json']));
    assert.deepEqual([...new Set(fromSrc.map((f) => f.file))].sort(), ['billing.ts', 'db.py']);
    const onePath = cli(root, ['scan', 'deploy', '--format', 'json']);
    assert.equal(onePath.code, 1);
    assert.deepEqual([...new Set(findingsOf(onePath).map((f) => f.file))], ['deploy/aws.ini']);
    const outside = findingsOf(cli(tmpdir(), ['scan', join(root, 'src/billing.ts'), '--format', 'json']));
    assert.deepEqual(outside.map((f) => join(tmpdir(), f.file)), [join(root, 'src/billing.ts')]);
  });

  it('colours text on a TTY, unless NO_COLOR is set', () => {
    const { root } = plantedProject();
    // script(1) gives the CLI a real pseudo-terminal as stdout.
    const onTty = (env: NodeJS.ProcessEnv) => spawnSync('script', ['-qec', `${process.execPath} ${CLI} scan`, '/dev/null'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
    assert.match(onTty({ NO_COLOR: '' }), /\x1b\[31merror/);
    assert.ok(!onTty({ NO_COLOR: '1' }).includes('\x1b['));
  });
});

describe('keywarden scan --format json', () => {
  it('has every documented field, 1-based columns and an exclusive endColumn', () => {
    const { root, secrets } = plantedProject();
    const r = cli(root, ['scan', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const findings = findingsOf(r);
    assert.ok(findings.length >= 6, `found ${findings.length}`);
    for (const f of findings) {
      for (const key of ['file', 'ruleId', 'severity', 'redacted', 'fingerprint', 'suggestedName'] as const) assert.equal(typeof f[key], 'string', key);
      for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) assert.ok(Number.isInteger(f[key]) && f[key] >= 1, key);
      assert.match(f.fingerprint, /^[0-9a-f]{16,64}$/);
      assert.match(f.suggestedName, /^[A-Z_][A-Z0-9_]*$/);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity));
    }
    const stripe = findings.find((f) => f.ruleId === 'stripe-secret-key')!;
    assert.equal(textAt(root, stripe), secrets.stripe);
    assert.equal(stripe.suggestedName, 'STRIPE_SECRET_KEY');
    assertNoSecret(r.stdout, secrets, 'json output');
  });

  it('prints an empty list and exits 0 when nothing is found', () => {
    const root = project({ 'a.txt': 'nothing to see\n' });
    const r = cli(root, ['scan', '--format', 'json']);
    assert.equal(r.code, 0);
    assert.deepEqual(findingsOf(r), []);
  });
});

/** The fields GitHub code scanning requires of an upload, and the ones Keywarden promises; [] = valid. */
function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string) => { if (!ok) problems.push(what); };
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(log)) return ['not an object'];
  need(typeof log.$schema === 'string' && /sarif.*2\.1\.0/.test(log.$schema), '$schema names SARIF 2.1.0');
  need(log.version === '2.1.0', 'version is 2.1.0');
  need(Array.isArray(log.runs) && log.runs.length === 1, 'exactly one run');
  const run = (log.runs as unknown[])?.[0];
  if (!isObj(run)) return [...problems, 'runs[0] is an object'];
  const driver = isObj(run.tool) && isObj(run.tool.driver) ? run.tool.driver : undefined;
  if (!driver) return [...problems, 'tool.driver'];
  need(typeof driver.name === 'string' && driver.name.length > 0, 'driver.name');
  need(typeof driver.version === 'string', 'driver.version');
  need(typeof driver.informationUri === 'string' && /^https:\/\//.test(driver.informationUri), 'driver.informationUri');
  const rules = Array.isArray(driver.rules) ? driver.rules : [];
  need(rules.length > 0, 'driver.rules');
  const ids = new Set<string>();
  rules.forEach((rule: unknown, i: number) => {
    const at = `rules[${i}]`;
    if (!isObj(rule)) return need(false, at);
    need(typeof rule.id === 'string' && !ids.has(rule.id), `${at}.id unique`);
    ids.add(rule.id as string);
    need(typeof rule.name === 'string', `${at}.name`);
    for (const k of ['shortDescription', 'fullDescription']) need(isObj(rule[k]) && typeof (rule[k] as { text?: unknown }).text === 'string', `${at}.${k}.text`);
    const help = rule.help as { text?: unknown; markdown?: unknown } | undefined;
    need(isObj(help) && typeof help.text === 'string' && typeof help.markdown === 'string', `${at}.help text and markdown`);
    need(typeof rule.helpUri === 'string' && /^https?:\/\//.test(rule.helpUri), `${at}.helpUri`);
    const level = isObj(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
    need(['error', 'warning', 'note', 'none'].includes(level as string), `${at}.defaultConfiguration.level`);
    const props = isObj(rule.properties) ? rule.properties : {};
    const tags = Array.isArray(props.tags) ? props.tags : [];
    need(['security', 'secrets', 'external/cwe/cwe-798'].every((t) => tags.includes(t)), `${at}.properties.tags`);
    const score = Number(props['security-severity']);
    need(typeof props['security-severity'] === 'string' && score >= 0 && score <= 10, `${at}.properties.security-severity`);
  });
  const results = Array.isArray(run.results) ? run.results : undefined;
  need(results, 'run.results is an array');
  (results ?? []).forEach((res: unknown, i: number) => {
    const at = `results[${i}]`;
    if (!isObj(res)) return need(false, at);
    need(typeof res.ruleId === 'string' && ids.has(res.ruleId), `${at}.ruleId names a rule`);
    need(typeof res.ruleIndex === 'number' && (rules[res.ruleIndex] as { id?: string })?.id === res.ruleId, `${at}.ruleIndex points at its rule`);
    need(['error', 'warning', 'note', 'none'].includes(res.level as string), `${at}.level`);
    need(isObj(res.message) && typeof res.message.text === 'string', `${at}.message.text`);
    const loc = Array.isArray(res.locations) && res.locations.length === 1 ? res.locations[0] : undefined;
    const phys = isObj(loc) && isObj(loc.physicalLocation) ? loc.physicalLocation : undefined;
    const art = phys && isObj(phys.artifactLocation) ? phys.artifactLocation : undefined;
    need(art && typeof art.uri === 'string' && !/^[a-z]+:|^\//i.test(art.uri) && !art.uri.includes('\\'), `${at} artifactLocation.uri is relative`);
    need(art?.uriBaseId === '%SRCROOT%', `${at} uriBaseId %SRCROOT%`);
    const region = phys && isObj(phys.region) ? phys.region : undefined;
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) need(region && Number.isInteger(region[k]) && (region[k] as number) >= 1, `${at} region.${k}`);
    const fp = isObj(res.partialFingerprints) ? res.partialFingerprints['keywarden/v1'] : undefined;
    need(typeof fp === 'string' && fp.length > 0, `${at}.partialFingerprints keywarden/v1`);
  });
  return problems;
}

describe('keywarden scan --format sarif', () => {
  it('is SARIF 2.1.0 that GitHub code scanning accepts, with one result per finding', () => {
    const { root, secrets } = plantedProject();
    const json = findingsOf(cli(root, ['scan', '--format', 'json']));
    const r = cli(root, ['scan', '--format', 'sarif']);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.deepEqual(sarifProblems(log), []);
    const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endColumn: number } } }[]; partialFingerprints: Record<string, string> }[];
    assert.equal(results.length, json.length);
    const stripe = json.find((f) => f.ruleId === 'stripe-secret-key')!;
    const result = results.find((x) => x.ruleId === 'stripe-secret-key')!;
    const { physicalLocation } = at(result.locations, 0, 'the locations of the Stripe result');
    assert.deepEqual(physicalLocation.artifactLocation.uri, stripe.file);
    assert.equal(physicalLocation.region.startColumn, stripe.column);
    assert.equal(physicalLocation.region.endColumn, stripe.endColumn);
    assert.equal(result.partialFingerprints['keywarden/v1'], stripe.fingerprint);
    assertNoSecret(r.stdout, secrets, 'sarif output');
  });

  it('catches what the validator is for: a broken log fails it', () => {
    const { root } = plantedProject();
    const log = JSON.parse(cli(root, ['scan', '--format', 'sarif']).stdout);
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = '/abs/path.ts';
    delete log.runs[0].tool.driver.rules[0].help;
    assert.equal(sarifProblems(log).length, 2);
  });

  it('is valid with no results too', () => {
    const root = project({ 'a.txt': 'hello\n' });
    const r = cli(root, ['scan', '--format', 'sarif']);
    assert.equal(r.code, 0);
    assert.deepEqual(sarifProblems(JSON.parse(r.stdout)), []);
  });
});

describe('keywarden baseline and scan --baseline', () => {
  it('round-trips: accepted findings stay quiet when lines move, new ones are reported', () => {
    const { root, secrets } = plantedProject();
    const all = findingsOf(cli(root, ['scan', '--format', 'json']));
    const b = cli(root, ['baseline']);
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stdout, new RegExp(`^Wrote ${all.length} findings to \\.keywarden/baseline\\.json`));
    const raw = readFileSync(join(root, '.keywarden/baseline.json'), 'utf8');
    assertNoSecret(raw, secrets, 'baseline file');
    assert.ok(!/"line"|"column"/.test(raw), 'no line numbers in the baseline');
    const entries = (JSON.parse(raw) as { fingerprints: { file: string; ruleId: string; fingerprint: string }[] }).fingerprints;
    const keys = entries.map((e) => `${e.file}\0${e.ruleId}\0${e.fingerprint}`);
    assert.deepEqual(keys, [...keys].sort(), 'sorted');

    assert.equal(cli(root, ['scan', '--baseline']).code, 0);
    // Move every line down: fingerprints do not depend on lines.
    const billing = join(root, 'src/billing.ts');
    writeFileSync(billing, '// billing\n\n\n' + readFileSync(billing, 'utf8'));
    const moved = cli(root, ['scan', '--baseline']);
    assert.equal(moved.code, 0, moved.stdout);
    assert.match(moved.stdout, new RegExp(`${all.length} known in the baseline, not shown`));
    assert.equal(cli(root, ['scan']).code, 1, 'without --baseline everything is reported');

    const newKey = fake.stripeLive(rng);
    write(root, 'src/new.ts', `export const key = "${newKey}";\n`);
    const fresh = cli(root, ['scan', '--baseline', '--format', 'json']);
    assert.equal(fresh.code, 1);
    assert.deepEqual(findingsOf(fresh).map((f) => f.file), ['src/new.ts']);
  });

  it('takes another file with --baseline=<file> and --output, and keeps `--baseline <path>` a path', () => {
    const { root } = plantedProject();
    assert.equal(cli(root, ['baseline', '--output', 'accepted.json']).code, 0);
    assert.ok(existsSync(join(root, 'accepted.json')) && !existsSync(join(root, '.keywarden/baseline.json')));
    assert.equal(cli(root, ['scan', '--baseline=accepted.json']).code, 0);
    // A bare --baseline uses the default file, which does not exist: empty baseline, findings reported.
    const r = cli(root, ['scan', '--baseline', 'src', '--format', 'json']);
    assert.equal(r.code, 1);
    assert.ok(findingsOf(r).every((f) => f.file.startsWith('src/')));
  });

  it('rejects a corrupt baseline with exit 2', () => {
    const { root } = plantedProject();
    write(root, '.keywarden/baseline.json', '{"version": 1, "fingerprints": [{"fingerprint": "nothex"}]}');
    const r = cli(root, ['scan', '--baseline']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /baseline\.json is invalid/);
  });
});

describe('keywarden scan --staged', () => {
  function repo(files: Record<string, string>): string {
    const root = project(files);
    git(root, 'init', '-q');
    return root;
  }

  it('scans the staged content, not the working tree', () => {
    const secret = fake.githubPat(rng);
    const root = repo({ 'app.env': `GITHUB_TOKEN=${secret}\n`, 'other.env': `GITHUB_TOKEN=${fake.githubPat(rng)}\n` });
    git(root, 'add', 'app.env');
    // The working tree no longer has it, the index still does; other.env is not staged at all.
    writeFileSync(join(root, 'app.env'), 'GITHUB_TOKEN=${GITHUB_TOKEN}\n');
    const r = cli(root, ['scan', '--staged', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const findings = findingsOf(r);
    assert.deepEqual(findings.map((f) => [f.file, f.ruleId, f.line]), [['app.env', 'github-pat', 1]]);
    assert.ok(!r.stdout.includes(secret));
  });

  it('passes when the staged version is clean even if the working tree is not, and from a subfolder', () => {
    const root = repo({ 'src/config.ts': 'export const token = process.env.GITHUB_TOKEN;\n' });
    git(root, 'add', '.');
    writeFileSync(join(root, 'src/config.ts'), `export const token = "${fake.githubPat(rng)}";\n`);
    const r = cli(join(root, 'src'), ['scan', '--staged']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /scanned 1 file/);
  });

  it('limits itself to the paths given, relative to the current folder', () => {
    const root = repo({ 'a/key.env': `STRIPE_KEY=${fake.stripeLive(rng)}\n`, 'b/key.env': `STRIPE_KEY=${fake.stripeLive(rng)}\n` });
    git(root, 'add', '.');
    const r = cli(join(root, 'b'), ['scan', '--staged', '.', '--format', 'json']);
    assert.equal(r.code, 1);
    assert.deepEqual(findingsOf(r).map((f) => f.file), ['key.env']);
  });

  it('exits 2 with a hint outside a git repository', () => {
    const root = project({ 'a.txt': 'x\n' });
    const r = cli(root, ['scan', '--staged'], { GIT_CEILING_DIRECTORIES: dirname(root) });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--staged needs a git repository/);
    assert.match(r.stderr, /→ /);
  });
});

describe('keywarden scan: --output, usage and configuration errors', () => {
  it('files over maxFileSize are summed up in one warning; --verbose names each', () => {
    const root = project({ '.keywarden/config.json': '{"maxFileSize": 100}', 'a.txt': 'x'.repeat(200), 'b.txt': 'y'.repeat(300), 'c.txt': 'ok\n' });
    const r = cli(root, ['scan']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: 2 files over maxFileSize \(100 bytes\) skipped; --verbose lists them/);
    assert.ok(!/a\.txt|b\.txt/.test(r.stderr), r.stderr);
    const verbose = cli(root, ['scan', '--verbose']);
    assert.match(verbose.stderr, /a\.txt is 200 bytes, over maxFileSize \(100\); skipped/);
    assert.match(verbose.stderr, /b\.txt is 300 bytes, over maxFileSize/);
  });

  it('--output writes the report to a file, prints nothing on stdout and still exits 1', () => {
    const { root, secrets } = plantedProject();
    const r = cli(root, ['scan', '--format', 'sarif', '--output', 'report.sarif']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /findings; report written to report\.sarif/);
    const written = readFileSync(join(root, 'report.sarif'), 'utf8');
    assert.deepEqual(sarifProblems(JSON.parse(written)), []);
    assertNoSecret(written, secrets, 'the --output file');
    const bad = cli(root, ['scan', '--output', 'missing/dir/report.txt']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /cannot write the report/);
  });

  it('an unknown option exits 2 and suggests the right one', () => {
    const root = project({ 'a.txt': 'x\n' });
    const r = cli(root, ['scan', '--formt', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown option '--formt'/);
    assert.match(r.stderr, /Did you mean '--format'\?/);
    assert.match(r.stderr, /keywarden scan --help/);
    assert.equal(r.stdout, '');
  });

  it('a path that does not exist exits 2 (a typo in CI must not pass silently)', () => {
    const root = project({ 'a.txt': 'x\n' });
    const r = cli(root, ['scan', 'a.txt', 'srcc']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /srcc does not exist/);
  });

  it('a bad option value exits 2', () => {
    const root = project({ 'a.txt': 'x\n' });
    const r = cli(root, ['scan', '--format', 'xml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /must be one of text, json, sarif/);
    assert.equal(cli(root, ['scan', '--jobs', '0']).code, 2);
    assert.equal(cli(root, ['scan', '--staged=yes']).code, 2);
  });

  it('a bad config exits 2 naming the field and what was expected', () => {
    const root = project({ 'a.txt': 'x\n', '.keywarden/config.json': '{"generic": {"sensitivity": "extreme"}}' });
    const r = cli(root, ['scan']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.keywarden\/config\.json is invalid: generic\.sensitivity: expected/);
    write(root, 'other.json', '{"maxFileSize": -3}');
    const viaFlag = cli(root, ['scan', '--config', 'other.json']);
    assert.equal(viaFlag.code, 2);
    assert.match(viaFlag.stderr, /other\.json is invalid: maxFileSize/);
    write(root, 'broken.json', '{"rules": [');
    assert.match(cli(root, ['scan', '--config', 'broken.json']).stderr, /broken\.json is invalid: not valid JSON \(Unexpected end of JSON input at line 1, column 12\)\n.*→ Fix broken\.json\.\n/);
    assert.match(cli(root, ['scan', '--config', 'missing.json']).stderr, /missing\.json could not be read \(ENOENT\)\n.*→ Check the path given to --config/);
  });

  it('honours the config: disabled rules and allowlisted paths', () => {
    const { root } = plantedProject();
    write(root, '.keywarden/config.json', JSON.stringify({ disabledRules: ['stripe-secret-key'], allowlist: { paths: ['deploy/'] } }));
    const findings = findingsOf(cli(root, ['scan', '--format', 'json']));
    assert.ok(findings.length > 0);
    assert.ok(!findings.some((f) => f.ruleId === 'stripe-secret-key' || f.file.startsWith('deploy/')));
  });

  it('honours .gitignore unless --no-ignore', () => {
    // Not a .env: a secret in a git-ignored .env is a hint, which does not fail the scan.
    const root = project({ '.gitignore': 'secrets/\n', 'secrets/keys.js': `const stripeKey = "${fake.stripeLive(rng)}";\n` });
    assert.equal(cli(root, ['scan']).code, 0);
    assert.equal(cli(root, ['scan', '--no-ignore']).code, 1);
  });

  it('--help shows usage, every option and examples, and exits 0', () => {
    for (const command of ['scan', 'baseline']) {
      const r = cli(tmpdir(), [command, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: keywarden ${command}`));
      assert.match(r.stdout, /Examples:/);
      assert.match(r.stdout, /--no-ignore/);
    }
    assert.match(cli(tmpdir(), ['scan', '--help']).stdout, /--baseline[\s\S]*--staged[\s\S]*Exit codes: 0/);
  });
});

describe('keywarden scan on big trees (worker threads)', () => {
  // 8 MB of the bench's dense corpus (a secret or a trap every ~20 lines): long enough for workers to
  // start and take batches. --jobs 2 forces the pool on (one worker beside the main thread; by default it starts only when the rest of the scan is worth it).
  let tree: { root: string; single: CliResult } | undefined;
  const bigTree = () => {
    if (!tree) {
      const files = Object.fromEntries(syntheticCorpus(8e6, 3).map((f) => [f.rel, f.text]));
      const root = project(files);
      tree = { root, single: cli(root, ['scan', '--format', 'json', '--jobs', '1']) };
    }
    return tree;
  };
  const key = (f: JsonFinding) => `${f.file}:${f.line}:${f.column}:${f.fingerprint}`;
  const summary = (r: Pick<CliResult, 'stdout'>) => {
    const { durationMs: _time, ...counts } = (JSON.parse(r.stdout) as { summary: { durationMs: number } }).summary;
    return counts;
  };

  it('finds the same as a single-threaded scan', () => {
    const { root, single } = bigTree();
    const pooled = cli(root, ['scan', '--format', 'json', '--jobs', '2']);
    assert.equal(pooled.code, 1, pooled.stderr);
    assert.ok(findingsOf(single).length > 1000);
    assert.deepEqual(findingsOf(pooled).map(key), findingsOf(single).map(key));
    assert.deepEqual(summary(pooled), summary(single));
  });

  it('survives a worker that dies: its files are scanned on the main thread', () => {
    const { root, single } = bigTree();
    // A copy of the CLI whose workers say they are ready, then die on their first batch, as a crash would.
    const dist = mkdtempSync(join(tmpdir(), 'kw-dist-'));
    temps.push(dist);
    for (const bundle of ['cli.js', 'cli-detection.js']) writeFileSync(join(dist, bundle), readFileSync(join(dirname(CLI), bundle)));
    writeFileSync(join(dist, 'scan-worker.js'), [
      "const { parentPort } = require('node:worker_threads');",
      'parentPort.on("message", () => process.exit(3));',
      'parentPort.postMessage({ ready: true });',
    ].join('\n'));
    const r = spawnSync(process.execPath, [join(dist, 'cli.js'), 'scan', '--format', 'json', '--jobs', '2', '.'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    const run = { code: r.status, stdout: r.stdout, stderr: r.stderr };
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /a scan worker stopped \(exit code 3\); its files are scanned on the main thread/);
    assert.deepEqual(findingsOf(run).map(key), findingsOf(single).map(key));
    assert.deepEqual(summary(run), summary(single));
  });

  it('reports the same text from the pool (which then computes no fingerprint), and matches a baseline written in process', () => {
    const { root, single } = bigTree();
    const withoutTime = (r: CliResult) => r.stdout.replace(/ in [\d.]+ s/, '');
    const text = [cli(root, ['scan', '--jobs', '1']), cli(root, ['scan', '--jobs', '2'])];
    for (const r of text) assert.equal(r.code, 1, r.stderr);
    assert.equal(withoutTime(at(text, 1, 'pooled')), withoutTime(at(text, 0, 'single')));
    const baseline = join(mkdtempSync(join(tmpdir(), 'kw-baseline-')), 'baseline.json');
    temps.push(dirname(baseline));
    assert.equal(cli(root, ['baseline', '--jobs', '1', '-o', baseline]).code, 0);
    const quiet = cli(root, ['scan', '--jobs', '2', `--baseline=${baseline}`]);
    assert.equal(quiet.code, 0, quiet.stdout.slice(0, 2000));
    assert.match(quiet.stdout, new RegExp(`${findingsOf(single).length} known in the baseline`));
  });
});

describe('keywarden scan on the demo project', () => {
  it('reports the planted secrets in every format without revealing them', () => {
    const repo = join(__dirname, '../..');
    const text = cli(repo, ['scan', 'test/fixtures/demo']);
    assert.equal(text.code, 1, text.stderr);
    const json = cli(repo, ['scan', 'test/fixtures/demo', '--format', 'json']);
    const findings = findingsOf(json);
    assert.ok(findings.length >= 3, `${findings.length} findings`);
    assert.ok(findings.every((f) => f.file.startsWith('test/fixtures/demo/')));
    const sarif = cli(repo, ['scan', 'test/fixtures/demo', '--format', 'sarif']);
    assert.deepEqual(sarifProblems(JSON.parse(sarif.stdout)), []);
    // The redacted form is all any format may show of a secret: recover each raw value from the fixture
    // by its position, and look for it everywhere.
    const raw = new Set<string>();
    for (const f of findings) {
      const value = textAt(repo, f);
      if (value.length >= 8) raw.add(value);
    }
    assert.ok(raw.size > 0);
    for (const value of raw) {
      for (const [name, out] of [['text', text.stdout], ['json', json.stdout], ['sarif', sarif.stdout]] as const) {
        assert.ok(!out.includes(value), `${name} output shows a raw secret (${value.length} chars)`);
      }
    }
  });

  it('has a demo fixture to scan', () => {
    assert.ok(existsSync(DEMO), 'test/fixtures/demo exists');
  });
});
