// `keywarden scan --history` on a real git repository: each secret once at its first commit with a count,
// real line numbers, branches and --since, suppression and the baseline, and JSON/SARIF carrying the commit.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { at, only } from '../support/defined';

import { runCli } from '../support/cli';
const STRIPE = 'sk_live_aZTL52yn6zVOIuhiKuCQCLlP4f2a';
const GITHUB = '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';
const SUPPRESSED = 'sk_live_Qm3vT8xWz2LpR6nK9dF4hJ7c';
const ON_BRANCH = 'sk_live_51Jr8AuS3nWy0LdC5oXk7MqE2gT9';

interface JsonFinding { file: string; line: number; ruleId: string; redacted: string; commit: string; author: string; date: string; commits: number; fingerprint: string }

describe('scan --history', () => {
  let root: string;
  const hashes: string[] = [];
  const hash = (i: number) => at(hashes, i, 'the commits');

  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const commit = (message: string, date: string, files: Record<string, string>) => {
    for (const [rel, text] of Object.entries(files)) writeFileSync(join(root, rel), text);
    git('add', '-A');
    execFileSync('git', ['commit', '-q', '-m', message], { cwd: root, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    hashes.push(git('rev-parse', 'HEAD'));
  };
  const kw = (...args: string[]) => runCli(root, args);
  const scanJson = (...args: string[]) => {
    const r = kw('scan', '--history', '--format', 'json', ...args);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    return JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { commitsScanned: number } };
  };

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'kw-history-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Ada Lovelace');
    git('config', 'user.email', 'ada@example.com');
    commit('one', '2026-01-05T10:00:00Z', { 'pay.ts': `// payments\nconst key = "${STRIPE}";\n` });
    commit('two', '2026-02-05T10:00:00Z', { 'notes.md': 'nothing here\n', 'ci.sh': `# setup\n\nexport GH_TOKEN="${GITHUB}" # keywarden:ignore\n` });
    // The key copied elsewhere, then removed from pay.ts: still once, at its first commit, seen in 2 commits.
    commit('three', '2026-03-05T10:00:00Z', { 'copy.ts': `export const again = "${STRIPE}";\n`, 'pay.ts': '// payments\nconst key = process.env.STRIPE_SECRET_KEY;\n' });
    commit('four', '2026-04-05T10:00:00Z', { 'other.py': `\n\nkey = "${SUPPRESSED}"  # keywarden:ignore\n` });
    git('checkout', '-q', '-b', 'feature');
    commit('five', '2026-05-05T10:00:00Z', { 'feature.ts': `const a = 1;\nconst b = 2;\nconst k = "${ON_BRANCH}";\n` });
    git('checkout', '-q', 'main');
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('reports each secret once, at the first commit that added it, with its line there and the count', () => {
    const { findings, summary } = scanJson();
    assert.equal(summary.commitsScanned, 5);
    const stripe = only(findings.filter((f) => f.redacted === 'sk_live_…4f2a'), `Stripe finding in ${JSON.stringify(findings.map((f) => [f.file, f.redacted]))}`);
    assert.deepEqual([stripe.file, stripe.line, stripe.commit, stripe.author, stripe.date.slice(0, 10), stripe.commits],
      ['pay.ts', 2, hash(0), 'Ada Lovelace', '2026-01-05', 2]);
    const branch = findings.find((f) => f.file === 'feature.ts');
    assert.deepEqual([branch?.line, branch?.commit], [3, hash(4)], 'every ref is walked by default');
    assert.ok(!findings.some((f) => f.file === 'ci.sh' || f.file === 'other.py'), 'suppression comments apply');
    assert.equal(findings.length, 2);
  });

  it('--branch and --since narrow the walk', () => {
    assert.deepEqual(scanJson('--branch', 'main').findings.map((f) => f.file), ['pay.ts']);
    assert.deepEqual(scanJson('--since', hash(2)).findings.map((f) => f.file), ['feature.ts']);
    const since = scanJson('--since', '2026-02-01', '--branch', 'main');
    assert.deepEqual(since.findings.map((f) => [f.file, f.commit]), [['copy.ts', hash(2)]], 'before the date is out of the walk');
    const bad = kw('scan', '--history', '--branch', 'nope');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /git does not know that revision/);
    assert.equal(kw('scan', '--since', 'HEAD').code, 2, '--since without --history is a usage error');
  });

  it('the baseline applies; SARIF and text carry the commit; no value is printed', () => {
    const all = scanJson();
    const first = all.findings.find((f) => f.file === 'pay.ts')!;
    writeFileSync(join(root, 'baseline.json'), JSON.stringify({ version: 1, fingerprints: [{ fingerprint: first.fingerprint, ruleId: first.ruleId, file: 'pay.ts' }] }));
    assert.deepEqual(scanJson('--baseline=baseline.json').findings.map((f) => f.file), ['feature.ts']);

    const sarif = kw('scan', '--history', '--format', 'sarif');
    assert.equal(sarif.code, 1);
    const results = JSON.parse(sarif.stdout).runs[0].results as Array<{ properties: { commitSha: string; commits: number }; message: { text: string } }>;
    const pay = results.find((r) => r.properties.commitSha === hash(0))!;
    assert.equal(pay.properties.commits, 2);
    assert.match(pay.message.text, new RegExp(`committed in ${hash(0).slice(0, 7)} on 2026-01-05 \\(2 commits\\)`));

    const text = kw('scan', '--history');
    assert.match(text.stdout, new RegExp(`pay\\.ts:2:14 .* ${hash(0).slice(0, 7)} 2026-01-05 Ada Lovelace \\(2 commits\\)`));
    assert.match(text.stdout, /scanned 5 commits \/ [\d.]+ MB of changes/);
    for (const out of [text.stdout + text.stderr, sarif.stdout, JSON.stringify(all)]) {
      for (const secret of [STRIPE, GITHUB, SUPPRESSED, ON_BRANCH]) assert.ok(!out.includes(secret.slice(10)), 'no value in the output');
    }
  });
});
