// The language server over stdio with a real JSON-RPC client: diagnostics, settings, debounce and cancel.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { at, only } from '../support/defined';
import { startLsp, type LspClient } from '../support/lsp-client';

const STRIPE_LIVE = 'sk_live_aZTL52yn6zVOIuhiKuCQCLlP4f2a';
const GITHUB_PAT = 'ghp_' + 'R8nQ2wLx7vKp4sT9mYc3bZ6dF1hJ5gA0eUiO'; // 36 chars after the prefix; checksum is checked by the rule

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-lsp-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  return root;
}

describe('language server diagnostics', () => {
  let root: string;
  let client: LspClient;
  let settings: Record<string, unknown> = {};

  before(async () => {
    root = project();
    client = await startLsp({ root, settings: () => settings });
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('flags a planted Stripe live key with provider, redacted value, rule code and docs link', async () => {
    const uri = client.open('src/pay.ts', 'typescript', `import Stripe from "stripe";\nconst stripeSecretKey = "${STRIPE_LIVE}";\nexport const stripe = new Stripe(stripeSecretKey);\n`);
    const d = only(await client.current(uri), 'diagnostic');
    assert.equal(d.source, 'keywarden');
    assert.equal(d.code, 'stripe-secret-key');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(d.codeDescription?.href, 'https://docs.stripe.com/keys');
    assert.equal(d.message, 'Hardcoded Stripe live secret key sk_live_…4f2a — move it to the OS keychain or .env');
    assert.deepEqual(d.range, { start: { line: 1, character: 25 }, end: { line: 1, character: 25 + STRIPE_LIVE.length } });
    // The secret never travels in a diagnostic.
    assert.ok(!JSON.stringify(d).includes(STRIPE_LIVE.slice(8)));
    const data = d.data as { suggestedName: string; fingerprint: string; literal: { offset: number; endOffset: number } };
    assert.equal(data.suggestedName, 'STRIPE_SECRET_KEY');
    assert.match(data.fingerprint, /^[0-9a-f]{32}$/);
    assert.equal(client.text(uri).slice(data.literal.offset, data.literal.endOffset), `"${STRIPE_LIVE}"`);
  });

  it('stays quiet on traps: placeholders, env lookups, test-mode docs, integrity hashes', async () => {
    const uri = client.open('src/traps.ts', 'typescript', [
      'const a = process.env.STRIPE_SECRET_KEY;',
      'const b = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx";',
      'const c = "sk_test_your_secret_key_here";',
      'const d = "${STRIPE_SECRET_KEY}";',
      'const integrity = "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==";',
      'const uuid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";',
      '',
    ].join('\n'));
    assert.deepEqual(await client.current(uri), []);
  });

  it('honours a keywarden:ignore comment exactly like the CLI', async () => {
    const uri = client.open('src/ignored.py', 'python', `STRIPE = "${STRIPE_LIVE}"  # keywarden:ignore\n`);
    assert.deepEqual(await client.current(uri), []);
  });

  it('updates on change: the last text wins, and 10 edits typed 30 ms apart cause far fewer scans', async () => {
    const uri = client.open('src/typing.js', 'javascript', 'const x = 1;\n');
    await client.current(uri);
    const before = client.published.get(uri)!.length;
    let pauses = 0; // a loaded machine may stretch a 30 ms gap past the debounce window: that edit is a new burst
    for (let i = 0, last = 0; i < 10; i++) {
      if (last && Date.now() - last >= 150) pauses++;
      last = Date.now();
      client.change(uri, `const x = ${i};\n${i === 9 ? `const key = "${STRIPE_LIVE}";\n` : ''}`);
      await new Promise((r) => setTimeout(r, 30));
    }
    const final = await client.current(uri);
    assert.equal(final.length, 1);
    await new Promise((r) => setTimeout(r, 400)); // anything still queued would publish now
    const scans = client.published.get(uri)!.length - before;
    assert.ok(scans <= 2 + 2 * pauses, `expected at most ${2 + 2 * pauses} publishes for 10 quick edits, got ${scans}`);
    assert.equal(client.published.get(uri)!.at(-1)!.version, client.version(uri));
  });

  it('applies severity overrides and `off` from the settings, re-validating open files on change', async () => {
    const uri = client.open('src/settings.ts', 'typescript', `const k = "${STRIPE_LIVE}";\n`);
    assert.equal(at(await client.current(uri), 0, 'the diagnostics').severity, DiagnosticSeverity.Error);
    settings = { severity: { 'stripe-secret-key': 'warning' } };
    const since = Date.now();
    client.settingsChanged();
    const warned = await client.diagnostics(uri, (p) => p.diagnostics[0]?.severity === DiagnosticSeverity.Warning, 5000, since);
    assert.equal(warned.diagnostics.length, 1);
    settings = { severity: { 'stripe-secret-key': 'off' } };
    client.settingsChanged();
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0, 5000, since);
    settings = {};
    client.settingsChanged();
    await client.diagnostics(uri, (p) => p.diagnostics.length === 1 && p.at >= Date.now() - 2000, 5000);
  });

  it('warns about a bad setting by name and keeps the defaults for it', async () => {
    settings = { enable: 'yes', keychain: { timeoutMs: -5 } };
    const uri = client.open('src/bad-settings.ts', 'typescript', `const k = "${STRIPE_LIVE}";\n`);
    client.settingsChanged();
    await client.waitFor(() => client.messages.find((m) => m.message.includes('keywarden.enable')), 'a warning naming keywarden.enable');
    await client.waitFor(() => client.messages.find((m) => m.message.includes('keywarden.keychain.timeoutMs')), 'a warning naming keychain.timeoutMs');
    assert.equal((await client.current(uri)).length, 1, 'enable falls back to true');
    settings = {};
    client.settingsChanged();
  });

  it('takes settings pushed with didChangeConfiguration from clients that cannot be asked', async () => {
    const pushRoot = project();
    const c2 = await startLsp({ root: pushRoot, pullConfiguration: false });
    try {
      const uri = c2.open('a.ts', 'typescript', `const k = "${STRIPE_LIVE}";\n`);
      assert.equal((await c2.current(uri)).length, 1);
      const since = Date.now();
      c2.settingsChanged({ keywarden: { enable: false } });
      await c2.diagnostics(uri, (p) => p.diagnostics.length === 0, 5000, since);
    } finally {
      await c2.stop();
      rmSync(pushRoot, { recursive: true, force: true });
    }
  });

  it('does not check excluded files (settings exclude globs and config allowlist paths)', async () => {
    mkdirSync(join(root, '.keywarden'), { recursive: true });
    writeFileSync(join(root, '.keywarden', 'config.json'), JSON.stringify({ allowlist: { paths: ['fixtures/**'] } }));
    client.fileChanged('.keywarden/config.json');
    settings = { exclude: ['vendor/**'] };
    client.settingsChanged();
    const a = client.open('fixtures/sample.ts', 'typescript', `const k = "${STRIPE_LIVE}";\n`);
    const b = client.open('vendor/lib.ts', 'typescript', `const k = "${STRIPE_LIVE}";\n`);
    assert.deepEqual(await client.current(a), []);
    assert.deepEqual(await client.current(b), []);
    settings = {};
    client.settingsChanged();
    rmSync(join(root, '.keywarden'), { recursive: true });
    client.fileChanged('.keywarden/config.json');
  });

  it('honours a baseline written by the CLI, even without a file-watcher notification', async () => {
    const text = `export const stripeSecretKey = "${STRIPE_LIVE}";\n`;
    mkdirSync(join(root, 'legacy'), { recursive: true });
    writeFileSync(join(root, 'legacy', 'billing.ts'), text);
    const uri = client.open('legacy/billing.ts', 'typescript', text);
    assert.equal((await client.current(uri)).length, 1);
    execFileSync(process.execPath, [join(__dirname, '..', '..', 'dist', 'cli.js'), 'baseline', 'legacy'], { cwd: root });
    client.change(uri, text + '// touched\n');
    assert.deepEqual(await client.current(uri), [], 'the CLI\'s fingerprint matches the editor\'s');
    rmSync(join(root, '.keywarden'), { recursive: true });
    client.change(uri, text);
    assert.equal((await client.current(uri)).length, 1);
  });

  it('marks a secret in a git-ignored .env as a hint and in a tracked .env as an error', async () => {
    const ignoredRoot = project();
    const c2 = await startLsp({ root: ignoredRoot });
    try {
      writeFileSync(join(ignoredRoot, '.gitignore'), '.env\n');
      const ignored = c2.open('.env', 'dotenv', `STRIPE_SECRET_KEY=${STRIPE_LIVE}\n`);
      const hint = at(await c2.current(ignored), 0, 'the diagnostics of .env');
      assert.equal(hint.severity, DiagnosticSeverity.Hint);
      const actions = await c2.codeActions(ignored, [hint]);
      assert.deepEqual(actions.map((a) => a.title), ['Move STRIPE_SECRET_KEY to the OS keychain']);

      writeFileSync(join(ignoredRoot, 'prod.env'), `GITHUB_TOKEN=${GITHUB_PAT}\n`);
      execFileSync('git', ['add', 'prod.env'], { cwd: ignoredRoot });
      const tracked = c2.open('prod.env', 'dotenv', `STRIPE_SECRET_KEY=${STRIPE_LIVE}\n`);
      const err = at(await c2.current(tracked), 0, 'the diagnostics of prod.env');
      assert.equal(err.severity, DiagnosticSeverity.Error);
      assert.match(err.message, /a \.env that git tracks/);
    } finally {
      await c2.stop();
      rmSync(ignoredRoot, { recursive: true, force: true });
    }
  });
});
