// The CLI on hostile input, each input that once broke a scan, end to end through dist/cli.js: a rule that fails
// on one file, a catastrophic custom regex, the exit codes of scan, baseline, report and SARIF around them, UTF-16
// files, and control characters in text output.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempProject } from '../support/cli';
import { at } from '../support/defined';
import { fake, seededRng } from '../support/fake-secrets';

const PASSWORD = 'Zq8vR2nT6wLp4Ks9Xy';
const DB_REPRODUCERS = `x = "mysql://u:p@"\ny = "amqp://:Op@"\nz = "postgres://app:pw@/x"\npassword = "${PASSWORD}"\n`;

describe('URLs that crashed db-connection-string', () => {
  it('scan reports the password beside them and exits 1', () => {
    const root = tempProject({ 'app.py': DB_REPRODUCERS });
    const r = runCli(root, ['scan', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; line: number }> }).findings;
    assert.deepEqual(findings.map((f) => [f.ruleId, f.line]), [['generic-password', 4]]);
    assert.doesNotMatch(r.stderr, /internal error/);
  });

  it('scan --format sarif -o writes the SARIF file', () => {
    const root = tempProject({ 'app.py': DB_REPRODUCERS });
    const r = runCli(root, ['scan', '--format', 'sarif', '-o', 'out.sarif']);
    assert.equal(r.code, 1, r.stderr);
    const sarif = JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
    assert.equal(at(sarif.runs, 0, 'the SARIF runs').results.length, 1);
  });

  it('baseline writes the finding, and report lists it', () => {
    const root = tempProject({ 'app.py': DB_REPRODUCERS });
    const b = runCli(root, ['baseline']);
    assert.equal(b.code, 0, b.stderr);
    assert.ok(existsSync(join(root, '.keywarden/baseline.json')));
    assert.match(b.stdout, /Wrote 1 finding/);
    const root2 = tempProject({ 'app.py': DB_REPRODUCERS });
    const r = runCli(root2, ['report']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /hardcoded in app\.py:4/);
  });
});

describe('a custom rule that backtracks catastrophically', () => {
  it('(a+)+b is refused when the config loads, naming the rule and the reason', () => {
    const root = tempProject({ '.keywarden/config.json': JSON.stringify({ rules: [{ id: 'bad-rule', regex: '(a+)+b' }] }), 'a.txt': `${'a'.repeat(40)}c\n` });
    const r = runCli(root, ['scan'], { timeoutMs: 60_000 });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /rules\[0\]\.regex \(rule "bad-rule"\).*linear time/);
  });

  it('one the check lets through is stopped per file: a warning names it, the other findings stay, --strict exits 2', () => {
    const root = tempProject({
      '.keywarden/config.json': JSON.stringify({ rules: [{ id: 'slow-rule', regex: '(a|a)*c', keywords: ['aaaa'] }], allowlist: { paths: ['.keywarden/'] } }),
      'a.txt': `${'a'.repeat(40)}\n`,
      'b.py': `password = "${PASSWORD}"\n`,
    });
    const r = runCli(root, ['scan', '--format', 'json'], { timeoutMs: 60_000 });
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file), ['b.py']);
    assert.match(r.stderr, /warning: rule slow-rule failed on a\.txt \(ran over \d+ ms\)/);
    assert.equal(r.stderr.match(/slow-rule/g)?.length, 1);
    const strict = runCli(root, ['scan', '--strict'], { timeoutMs: 60_000 });
    assert.equal(strict.code, 2);
    assert.match(strict.stdout, /b\.py/);
    const baseline = runCli(root, ['baseline', '--strict'], { timeoutMs: 60_000 });
    assert.equal(baseline.code, 2);
    assert.ok(!existsSync(join(root, '.keywarden/baseline.json')));
  });
});

describe('UTF-16 files', () => {
  const token = fake.githubPat(seededRng(8));
  const text = `# settings\nGITHUB_TOKEN=${token}\n`;
  const utf16 = (order: 'le' | 'be') => {
    const le = Buffer.from(text, 'utf16le');
    const body = order === 'le' ? le : Buffer.from(le).swap16();
    return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
  };

  it('with a BOM, LE or BE, are decoded and scanned, at the same line and column as in UTF-8', () => {
    const root = tempProject({ 'utf8.env': text, 'le.env': utf16('le'), 'be.env': utf16('be') });
    const r = runCli(root, ['scan', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const found = (JSON.parse(r.stdout) as { findings: Array<{ file: string; ruleId: string; line: number; column: number; endColumn: number }> }).findings;
    assert.deepEqual(found.map((f) => [f.file, f.ruleId, f.line, f.column, f.endColumn]).sort(), [
      ['be.env', 'github-pat', 2, 14, 14 + token.length],
      ['le.env', 'github-pat', 2, 14, 14 + token.length],
      ['utf8.env', 'github-pat', 2, 14, 14 + token.length],
    ]);
  });

  it('are scanned by the pre-commit hook (scan --staged) too', () => {
    const root = tempProject({ 'le.env': utf16('le') });
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', 'le.env'], { cwd: root });
    const r = runCli(root, ['scan', '--staged']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /le\.env:2:14 .*github-pat/);
  });
});

describe('control characters in text output', () => {
  it('a file name with a newline and an escape sequence is printed escaped: no forged line, no escape run', () => {
    const root = tempProject({ 'a\x1b[31mred\nforged.py': `password = "${PASSWORD}"\n` });
    const r = runCli(root, ['scan']);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(!r.stdout.includes('\x1b'), JSON.stringify(r.stdout));
    assert.match(r.stdout, /^a\\x1b\[31mred\\nforged\.py:1:13 /m);
    assert.equal(r.stdout.split('\n').filter((l) => l.includes('forged')).length, 1);
  });

  it('owner fields from the inventory are printed escaped by `keys`', () => {
    const root = tempProject({});
    writeFileSync(join(root, '.keywarden/keys.json'), JSON.stringify({ version: 1, keys: [{
      name: 'API_KEY', provider: 'acme', environment: 'production', owner: 'eve\x1b]0;pwned\x07\nFORGED 1 2 3', storage: 'dotenv',
      fingerprint: `sha256:${'0'.repeat(32)}`, created: '2026-01-01T00:00:00.000Z', rotated: '2026-01-01T00:00:00.000Z', rotationDays: 90, status: 'active',
    }] }));
    const r = runCli(root, ['keys', 'list']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /eve\\x1b\]0;pwned\\x07\\nFORGED/);
    assert.ok(!/[\x00-\x08\x0b-\x1f\x7f]/.test(r.stdout), JSON.stringify(r.stdout));
    assert.ok(!/^FORGED/m.test(r.stdout), r.stdout);
  });
});
