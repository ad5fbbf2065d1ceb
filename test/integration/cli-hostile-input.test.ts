// The CLI on hostile input, each reproducer of issue 8 end to end through dist/cli.js: a rule that fails on one
// file, a catastrophic custom regex, and the exit codes of scan, baseline, report and SARIF around them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempProject } from '../support/cli-run';

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
    assert.equal(sarif.runs[0].results.length, 1);
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
