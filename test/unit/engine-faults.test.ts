// One failure, one file: a rule that throws or a custom rule that overruns loses its own result for that text,
// and the scan goes on with every other rule. Also the reproducers of db-connection-string's crash, and custom
// regexes that could backtrack catastrophically, refused when the config loads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../server/detect/config';
import type { Rule } from '../../server/detect/rule';
import { providerRules } from '../../server/detect/rules/index';
import { createScanner, describeRuleFault } from '../../server/detect/scanner';
import type { RuleFault } from '../../server/detect/types';
import { UserError } from '../../server/errors';
import { defined } from '../support/defined';

const PASSWORD_LINE = 'password = "Zq8vR2nT6wLp4Ks9Xy"\n';

describe('db-connection-string on URLs without a host', () => {
  for (const url of ['mysql://u:p@', 'amqp://:Op@', 'postgres://app:pw@/x', 'postgres://app:Zq8vR2nT6wLp4Ks9@"']) {
    it(`${url} neither throws nor hides the password on the next line`, () => {
      const faults: RuleFault[] = [];
      const findings = createScanner().scan(`x = "${url}"\n${PASSWORD_LINE}`, 'app.py', faults);
      assert.deepEqual(faults, []);
      assert.ok(findings.some((f) => f.ruleId === 'generic-password' && f.line === 2), JSON.stringify(findings.map((f) => f.ruleId)));
    });
  }

  it('a strong password over the local socket (no host) is a local credential: a warning', () => {
    const [f] = createScanner().scan('DATABASE_URL=postgres://app:Zq8vR2nT6wLp4Ks9@/orders\n', '.env');
    assert.equal(f?.ruleId, 'db-connection-string');
    assert.equal(f.severity, 'warning');
  });
});

describe('a rule that throws', () => {
  const broken: Rule = {
    id: 'broken-rule',
    provider: 'Test',
    description: 'throws on every match',
    keywords: ['boom'],
    pattern: /boom(?<secret>[a-z0-9]{8})/g,
    envVar: 'BOOM',
    validate: () => { throw new TypeError(`Cannot read properties of undefined (reading 'replace')`); },
  };

  function withBrokenRule<T>(fn: () => T): T {
    providerRules.push(broken);
    try {
      return fn();
    } finally {
      providerRules.splice(providerRules.indexOf(broken), 1);
    }
  }

  it('loses its own findings only; the other rules still report, and one fault names rule, file and line', () => {
    const faults: RuleFault[] = [];
    const text = `// header\nconst x = "boomq8vr2nt6";\nconst y = "boomzzzzzzzz";\n${PASSWORD_LINE}`;
    const findings = withBrokenRule(() => createScanner().scan(text, 'src/app.ts', faults));
    assert.deepEqual(findings.map((f) => [f.ruleId, f.line]), [['generic-password', 4]]);
    assert.deepEqual(faults, [{ ruleId: 'broken-rule', file: 'src/app.ts', line: 2, reason: 'threw TypeError' }]);
    const message = describeRuleFault(defined(faults[0], "faults[0]"));
    assert.match(message, /broken-rule.*src\/app\.ts line 2/);
    assert.ok(!message.includes('boomq8') && !message.includes('replace'), message);
  });

  it('does not stop a scan that has no faults array to report to', () => {
    const findings = withBrokenRule(() => createScanner().scan(`a = "boomq8vr2nt6"\n${PASSWORD_LINE}`, 'a.py'));
    assert.equal(findings.length, 1);
  });
});

describe('custom rules', () => {
  it('a custom regex that backtracks without end is stopped after its budget; other rules still report', () => {
    // `(a|a)*c` passes the static check (no nested repetition) and is exponential: only the budget stops it.
    const config = parseConfig({ rules: [{ id: 'slow-rule', regex: '(a|a)*c', keywords: ['aaaa'] }] });
    const faults: RuleFault[] = [];
    const started = performance.now();
    const findings = createScanner(config, { customRuleBudgetMs: 50 }).scan(`${'a'.repeat(40)}\n${PASSWORD_LINE}`, 'big.txt', faults);
    assert.ok(performance.now() - started < 10_000);
    assert.deepEqual(findings.map((f) => f.ruleId), ['generic-password']);
    assert.deepEqual(faults, [{ ruleId: 'slow-rule', file: 'big.txt', reason: 'ran over 50 ms' }]);
    assert.match(describeRuleFault(defined(faults[0], "faults[0]")), /simpler|keywords/);
  });

  it('a custom rule within its budget finds what it should', () => {
    const config = parseConfig({ rules: [{ id: 'acme-key', regex: 'acme_(?<secret>[0-9a-f]{32})', keywords: ['acme_'] }] });
    const faults: RuleFault[] = [];
    const findings = createScanner(config).scan('KEY=acme_9f86d081884c7d659a2feaa0c55ad015\n', '.env', faults);
    assert.deepEqual([findings.map((f) => f.ruleId), faults], [['acme-key'], []]);
  });

  for (const [regex, ok] of [
    ['(a+)+b', false], ['(\\w+\\s?)*$', false], ['(?i)(x+x+)+y', false],
    ['acme_(?<secret>[0-9a-f]{32})', true], ['(?<=key=)[A-Z0-9]{20}', true], ['(?i)token[ \\t]*=[ \\t]*(?<secret>\\S{8,64})', true],
  ] as const) {
    it(`${ok ? 'accepts' : 'refuses'} ${regex} at load${ok ? '' : ', naming the rule and the reason'}`, () => {
      const load = () => parseConfig({ rules: [{ id: 'my-rule', regex }], allowlist: { regexes: [] } });
      if (ok) {
        load();
        return;
      }
      assert.throws(load, (err: unknown) => {
        assert.ok(err instanceof UserError);
        assert.match(err.message, /rules\[0\]\.regex \(rule "my-rule"\).*linear time.*repetition inside a repeated group/);
        return true;
      });
    });
  }

  it('refuses a catastrophic allowlist regex too', () => {
    assert.throws(() => parseConfig({ allowlist: { regexes: ['^(a+)+$'] } }), /allowlist\.regexes\[0\].*linear time/);
  });
});
