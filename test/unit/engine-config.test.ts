// .keywarden/config.json: defaults, custom rules, allowlists, and errors that name the field (exit code 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_PATH, defaultConfig, loadConfig, parseConfig } from '../../server/detect/config';
import { createScanner } from '../../server/detect/scanner';
import { legacyValueFingerprint } from '../../server/detect/fingerprint';
import { UserError } from '../../server/errors';
import { defined } from '../support/defined';

function project(config: string | undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-config-'));
  if (config !== undefined) {
    mkdirSync(join(root, '.keywarden'));
    writeFileSync(join(root, CONFIG_PATH), config);
  }
  return root;
}

function configError(config: string): UserError {
  try {
    loadConfig(project(config));
  } catch (err) {
    assert.ok(err instanceof UserError, `expected a UserError, got ${String(err)}`);
    return err;
  }
  assert.fail('the config was accepted');
}

test('a missing config file means the defaults', () => {
  const cfg = loadConfig(project(undefined));
  assert.deepEqual(cfg, defaultConfig());
  assert.equal(cfg.generic.sensitivity, 'medium');
  assert.equal(cfg.maxFileSize, 1024 * 1024);
  assert.equal(cfg.skipGenerated, true);
  assert.deepEqual(cfg.rotation, { defaultDays: 90, dueSoonDays: 14 });
});

test('the schema fills in the same defaults as defaultConfig(), the scan worker\'s zod-free copy, each time afresh', () => {
  assert.deepEqual(parseConfig({}), defaultConfig());
  assert.deepEqual(parseConfig({ allowlist: {}, generic: {}, rotation: {} }), defaultConfig());
  const a = parseConfig({});
  a.allowlist.paths.push('dist/**');
  a.disabledRules.push('jwt');
  a.rotation.defaultDays = 1;
  assert.deepEqual(parseConfig({}), defaultConfig(), 'a parsed config shares no default object with the next one');
});

test('a valid config is read with defaults filled in', () => {
  const cfg = loadConfig(project(JSON.stringify({ project: 'shop', disabledRules: ['jwt'], rotation: { productionDays: 30 } })));
  assert.equal(cfg.project, 'shop');
  assert.deepEqual(cfg.disabledRules, ['jwt']);
  assert.deepEqual(cfg.rotation, { defaultDays: 90, productionDays: 30, dueSoonDays: 14 });
});

test('errors name the file, the field path and what was expected, with exit code 2', () => {
  const cases: [string, RegExp][] = [
    ['{"rules": [{"id": "a-key", "regex": "x"}, {"id": "b-key", "regex": "x"}, {"id": "c-key", "regex": "(unclosed"}]}', /rules\[2\]\.regex \(rule "c-key"\): expected a valid JavaScript regular expression/],
    ['{"allowlist": {"regexes": ["^sk_live_51Nq8vRk2Lm[x"]}}', /allowlist\.regexes\[0\]: expected a valid JavaScript regular expression \(Unterminated character class\)/],
    ['{"generic": {"sensitivity": "extreme"}}', /generic\.sensitivity: expected one of "off"\|"low"\|"medium"\|"high"/],
    ['{"maxFileSize": "big"}', /maxFileSize: expected number/],
    ['{"rules": [{"id": "Not Kebab", "regex": "x"}]}', /rules\[0\]\.id: expected a kebab-case id/],
    ['{"rules": [{"id": "stripe-secret-key", "regex": "x"}]}', /rules\[0\]\.id: expected an id that is not a built-in rule/],
    ['{"allowlist": {"paths": [42]}}', /allowlist\.paths\[0\]: expected string \(a glob\) or \{ "path": glob, "reason": why \}/],
    ['{"allowlist": {"paths": [{"path": "test/**"}]}}', /allowlist\.paths\[0\]: expected string \(a glob\) or \{ "path": glob, "reason": why \}/],
    ['{"unknownKey": true}', /\(top level\): expected no unknown key \("unknownKey"\); allowed: project, rules, disabledRules, allowlist, generic/],
    ['{"allowlist": {"path": []}}', /allowlist: expected no unknown key \("path"\); allowed: paths, regexes, values/],
    ['{"rules": [{"id": "a-key", "regex": "x", "group": 1}]}', /rules\[0\]: expected no unknown key \("group"\); allowed: id, description, regex, keywords, severity, envVar, secretGroup/],
    ['{"severity": {"jwt": "fatal"}}', /severity\.jwt: expected one of/],
  ];
  for (const [config, message] of cases) {
    const err = configError(config);
    assert.match(err.message, /^\.keywarden\/config\.json is invalid: /, config);
    assert.match(err.message, message, config);
    assert.equal(err.exitCode, 2);
    assert.ok(err.hint && /\.keywarden\/config\.json/.test(err.hint));
    assert.ok(!err.message.includes('sk_live_51Nq8vRk2Lm'), 'the message does not quote the pattern');
  }
});

test('invalid JSON is a UserError that does not quote the file', () => {
  const err = configError('{"allowlist": {"values": ["hunter2-secret-value"]},\n  ,}');
  assert.match(err.message, /not valid JSON \(Expected double-quoted property name at line 2, column 3\)/);
  assert.ok(!err.message.includes('hunter2-secret-value'));
  assert.equal(err.exitCode, 2);
});

test('an unquoted value is placed by line and column, its text not quoted', () => {
  const err = configError('{\n  "allowlist": {"values": [hunter2-secret-value]}\n}');
  assert.match(err.message, /not valid JSON \(Unexpected token 'h' at line 2, column 28\)/);
  assert.ok(!err.message.includes('hunter2'));
});

test('custom rules run with keywords, severity, secretGroup and a (?i) prefix', () => {
  const cfg = parseConfig({
    rules: [
      { id: 'acme-key', regex: '(?i)acme_(live|test)_([a-z0-9]{20})', keywords: ['ACME_'], severity: 'warning', secretGroup: 2, envVar: 'ACME_KEY' },
    ],
  });
  const scanner = createScanner(cfg);
  const text = 'const k = "ACME_LIVE_q8zr2lkp9vxw4tmn7bjc";\n';
  const [f] = scanner.scan(text, 'a.ts');
  assert.ok(f !== undefined, 'expected a f');
  assert.equal(f.ruleId, 'acme-key');
  assert.equal(f.severity, 'warning');
  assert.equal(text.slice(f.offset, f.endOffset), 'q8zr2lkp9vxw4tmn7bjc');
  assert.equal(f.provider, 'Custom');
  assert.deepEqual(scanner.scan('nothing here', 'a.ts'), []);
});

test('rules run by keyword: one without keywords on every text, others only where one of theirs occurs', () => {
  const cfg = parseConfig({
    rules: [
      { id: 'everywhere', regex: 'zq_([a-z0-9]{12})', secretGroup: 1 },
      { id: 'acme-key', regex: 'acme_([a-z0-9]{12})', keywords: ['acme_'], secretGroup: 1 },
      { id: 'acme-shared', regex: 'acme_([a-z0-9]{12})!', keywords: ['ACME_', 'other_'], secretGroup: 1 },
    ],
  });
  const ids = (text: string) => createScanner(cfg, { dedupe: false }).scan(text, 'a.txt').map((f) => f.ruleId).sort();
  assert.deepEqual(ids('x zq_k3v9q2m8z7w1\n'), ['everywhere']);
  assert.deepEqual(ids('x acme_k3v9q2m8z7w1!\n'), ['acme-key', 'acme-shared']);
  // The pattern would match, but none of the rule's keywords is in the text: the rule does not run.
  const withKeywords = (keywords: string[]) => createScanner(parseConfig({ rules: [{ id: 'k', regex: 'b([a-z0-9]{12})', keywords, secretGroup: 1 }] })).scan('x bk3v9q2m8z7w1\n', 'a.txt').length;
  assert.equal(withKeywords(['absent']), 0);
  assert.equal(withKeywords(['absent', 'bk3']), 1);
});

test('disabled rules, severity overrides, allowlisted values, regexes and paths', () => {
  const text = 'const stripeKey = "sk_live_51Nq8vRk2LmWx93PaTv7YbN4cHdJ6sQe1ZfG0uKoB3yXw8TiA";\n';
  assert.equal(defined(createScanner().scan(text, 'a.ts')[0], "createScanner().scan(text, 'a.ts')[0]").severity, 'error');
  assert.equal(defined(createScanner(parseConfig({ severity: { 'stripe-secret-key': 'info' } })).scan(text, 'a.ts')[0], "createScanner(parseConfig({ severity: { 'stripe-secret-ke…").severity, 'info');
  assert.deepEqual(createScanner(parseConfig({ disabledRules: ['stripe-secret-key'] })).scan(text, 'a.ts'), []);
  assert.deepEqual(createScanner(parseConfig({ allowlist: { values: ['sk_live_51Nq8vRk2LmWx93PaTv7YbN4cHdJ6sQe1ZfG0uKoB3yXw8TiA'] } })).scan(text, 'a.ts'), []);
  assert.deepEqual(createScanner(parseConfig({ allowlist: { regexes: ['^sk_live_51Nq'] } })).scan(text, 'a.ts'), []);
  const fingerprint = legacyValueFingerprint('sk_live_51Nq8vRk2LmWx93PaTv7YbN4cHdJ6sQe1ZfG0uKoB3yXw8TiA');
  assert.deepEqual(createScanner(parseConfig({ allowlist: { values: [fingerprint] } })).scan(text, 'a.ts'), []);
  const s = createScanner(parseConfig({ allowlist: { paths: ['fixtures/', '*.snap.ts', '!fixtures/keep.ts'] } }));
  assert.ok(s.isExcludedPath('test/fixtures/a.ts'));
  assert.ok(s.isExcludedPath('src/x.snap.ts'));
  assert.ok(!s.isExcludedPath('src/app.ts'));
  const withReason = createScanner(parseConfig({ allowlist: { paths: [{ path: 'fixtures/', reason: 'planted test keys' }] } }));
  assert.ok(withReason.isExcludedPath('test/fixtures/a.ts') && !withReason.isExcludedPath('src/app.ts'));
  assert.ok(s.isExcludedPath('package-lock.json') && s.isExcludedPath('web/app.min.js'));
  assert.ok(!createScanner(parseConfig({ skipGenerated: false })).isExcludedPath('package-lock.json'));
});

test('generic sensitivity: off disables generic rules, low is stricter than high', () => {
  const weak = 'DB_PASSWORD=Abc12345x\n';
  const strong = 'DB_PASSWORD=qP7#mZ2vLx9w!Kt4\n';
  const at = (sensitivity: string, text: string) => createScanner(parseConfig({ generic: { sensitivity } })).scan(text, '.env').map((f) => f.ruleId);
  assert.deepEqual(at('off', strong), []);
  assert.deepEqual(at('medium', strong), ['generic-password']);
  assert.deepEqual(at('low', strong), ['generic-password']);
  assert.deepEqual(at('low', weak), []);
  assert.deepEqual(at('high', weak), ['generic-password']);
});
