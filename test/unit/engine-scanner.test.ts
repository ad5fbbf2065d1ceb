// The scan pipeline's own behaviour: positions (CRLF, astral characters), literals, suggested names, dedupe,
// placeholders, fingerprints, and the keyword prefilter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScanner, scan } from '../../server/detect/scanner';
import { KeywordIndex } from '../../server/detect/keyword-index';
import { matchRule } from '../../server/detect/match-rule';
import { findingFingerprint } from '../../server/detect/fingerprint';
import { isStandInValue as isPlaceholder } from '../../server/detect/placeholder';
import { providerRules } from '../../server/detect/rules/index';
import { samplesOf } from '../support/rule-samples';
import { defined } from '../support/defined';
import { seededRng } from '../support/fake-secrets';

const scanner = createScanner();
const KEY = 'sk_live_51Nq8vRk2LmWx93PaTv7YbN4cHdJ6sQe1ZfG0uKoB3yXw8TiA';

test('positions are 1-based, UTF-16 columns, endColumn exclusive, with CRLF and astral characters', () => {
  const text = `// 😀😀 emoji\r\nconst label = "😀"; const k = "${KEY}";\r\n`;
  const [f] = scanner.scan(text, 'a.ts');
  assert.ok(f !== undefined, 'expected a f');
  assert.equal(f.line, 2);
  const lineStart = text.indexOf('\n') + 1;
  assert.equal(f.column, text.indexOf(KEY) - lineStart + 1);
  assert.equal(f.endColumn - f.column, KEY.length);
  assert.equal(f.endLine, 2);
  assert.equal(f.offset, text.indexOf(KEY));
  assert.equal(text.slice(f.offset, f.endOffset), KEY);
});

test('a finding on the last line without a newline, and one ending at a line end', () => {
  const [a] = scanner.scan(`x\nSTRIPE_KEY=${KEY}`, '.env');
  assert.ok(a !== undefined, 'expected a a');
  assert.deepEqual([a.line, a.column, a.endColumn], [2, 12, 12 + KEY.length]);
  const [b] = scanner.scan(`STRIPE_KEY=${KEY}\r\nnext`, '.env');
  assert.ok(b !== undefined, 'expected a b');
  assert.deepEqual([b.line, b.endLine, b.endColumn], [1, 1, 12 + KEY.length]);
});

test('literal: the enclosing string with its quotes, for every quote kind and Python prefixes', () => {
  const cases: [string, string, string][] = [
    [`const k = "${KEY}";`, `"${KEY}"`, '"'],
    [`const k = '${KEY}';`, `'${KEY}'`, "'"],
    ['const k = `' + KEY + '`;', '`' + KEY + '`', '`'],
    [`k = r"${KEY}"`, `r"${KEY}"`, '"'],
    [`k = b'${KEY}'`, `b'${KEY}'`, "'"],
    [`k = """${KEY}"""`, `"""${KEY}"""`, '"""'],
    [`const s = "it's \\"quoted\\""; const k = "${KEY}";`, `"${KEY}"`, '"'],
  ];
  for (const [text, literal, quote] of cases) {
    const [f] = scanner.scan(text, text.startsWith('k =') ? 'a.py' : 'a.ts');
    assert.ok(f !== undefined, 'expected a f');
    assert.ok(f.literal, text);
    assert.equal(text.slice(f.literal.offset, f.literal.endOffset), literal, text);
    assert.equal(f.literal.quote, quote);
  }
  assert.equal(defined(scanner.scan(`STRIPE_KEY=${KEY}`, '.env')[0], "scanner.scan(`STRIPE_KEY=${KEY}`, '.env')[0]").literal, undefined);
  assert.equal(defined(scanner.scan(`const k = "${KEY}\nconst j = 1";`, 'a.ts')[0], "scanner.scan(`const k = \"${KEY}\\nconst j = 1\";`, 'a.ts')[0]").literal, undefined, 'a double quote does not span lines');
  assert.equal(defined(scanner.scan(`// "${KEY}"`, 'a.ts')[0], "scanner.scan(`// \"${KEY}\"`, 'a.ts')[0]").literal, undefined, 'not in a comment');
  assert.equal(defined(scanner.scan(`stripe:\n  key: ${KEY}\n`, 'a.yaml')[0], "scanner.scan(`stripe:\\n  key: ${KEY}\\n`, 'a.yaml')[0]").literal, undefined);
  // A URL literal: the literal is the whole string, the secret only the password.
  const url = 'const db = "postgres://shop:Vq8mZt3LxR2pK9wN@db.internal:5432/shop";';
  const [d] = scanner.scan(url, 'a.ts');
  assert.ok(d !== undefined, 'expected a d');
  assert.equal(url.slice(d.offset, d.endOffset), 'Vq8mZt3LxR2pK9wN');
  assert.equal(url.slice(d.literal!.offset, d.literal!.endOffset), '"postgres://shop:Vq8mZt3LxR2pK9wN@db.internal:5432/shop"');
});

test('suggestedName from the assigned name, else the rule default', () => {
  const name = (text: string, path = 'a.ts') => scanner.scan(text, path)[0]?.suggestedName;
  assert.equal(name(`const stripeSecretKey = "${KEY}";`), 'STRIPE_SECRET_KEY');
  assert.equal(name(`const billingKey: string = "${KEY}";`), 'BILLING_KEY');
  assert.equal(name(`{"payments_key": "${KEY}"}`, 'a.json'), 'PAYMENTS_KEY');
  assert.equal(name(`PAYMENTS_STRIPE=${KEY}`, '.env'), 'PAYMENTS_STRIPE');
  assert.equal(name(`export BILLING_STRIPE="${KEY}"`, 'a.sh'), 'BILLING_STRIPE');
  assert.equal(name(`stripe_key := "${KEY}"`, 'a.go'), 'STRIPE_KEY');
  assert.equal(name(`settings['stripeApiKey'] = '${KEY}'`, 'a.py'), 'STRIPE_API_KEY');
  assert.equal(name(`new Stripe("${KEY}")`), 'STRIPE_SECRET_KEY');
  assert.equal(name(`const key = "${KEY}";`), 'STRIPE_SECRET_KEY');
  assert.equal(name(`"api_key": "q8Zr2LkP9vXw4TmN7bJc3HsY"`, 'a.json'), 'API_KEY');
  assert.equal(name(`DB_URL=postgres://shop:Vq8mZt3LxR2pK9wN@db:5432/shop`, '.env'), 'DB_URL');
  // YAML: a vague key takes its parent's name; a specific one stays as it is.
  assert.equal(name('mail:\n  host: smtp.acme.io\n  # the relay\n  password: Hx7#qLm2Vz9!pRt4\n', 'a.yml'), 'MAIL_PASSWORD');
  assert.equal(name('smtp_relay:\n  - name: x\n    password: Hx7#qLm2Vz9!pRt4\n', 'a.yaml'), 'SMTP_RELAY_PASSWORD');
  assert.equal(name('mail:\n  smtp_password: Hx7#qLm2Vz9!pRt4\n', 'a.yaml'), 'SMTP_PASSWORD');
  assert.equal(name('password: Hx7#qLm2Vz9!pRt4\n', 'a.yaml'), 'PASSWORD');
});

test('dedupe: a provider rule wins over a generic one on the same span; distinct secrets all stay', () => {
  const text = `api_key = "${KEY}"`;
  assert.deepEqual(scanner.scan(text, 'a.py').map((f) => f.ruleId), ['stripe-secret-key']);
  const all = createScanner(undefined, { dedupe: false }).scan(text, 'a.py').map((f) => f.ruleId).sort();
  assert.deepEqual(all, ['generic-api-key', 'stripe-secret-key']);
  const two = `a = "${KEY}"\nb = "${KEY.slice(0, -1)}Z"\n`;
  assert.equal(scanner.scan(two, 'a.py').length, 2);
});

test('scan() does not judge a generic candidate a provider finding covers; rescan (kept for edits) judges all; same findings', () => {
  const rule = defined(providerRules.find((r) => r.id === 'generic-api-key'), 'generic-api-key');
  const validate = defined(rule.validate, 'its validate');
  const judged: string[] = [];
  rule.validate = (secret, match, ctx) => { judged.push(secret); return validate(secret, match, ctx); };
  try {
    const other = 'Hx7qLm2Vz9pRt4Wk8sNb3Jd';
    const texts = [
      `api_key = "${KEY}"\napi_key = "${other}"\n`,
      // A suppressed provider finding does not take the span: the generic one is judged (and suppressed too).
      `# keywarden:ignore-next-line\napi_key = "${KEY}"\napi_key = "${other}"\n`,
    ];
    const seen = texts.map((text) => {
      judged.length = 0;
      const found = scanner.scan(text, 'a.py');
      const scanJudged = [...judged];
      judged.length = 0;
      assert.deepEqual(scanner.rescan(undefined, text, 'a.py').findings.map((f) => ({ ...f })), found.map((f) => ({ ...f })));
      return { ids: found.map((f) => f.ruleId), scanJudged, rescanJudged: [...judged] };
    });
    assert.deepEqual(seen[0], { ids: ['stripe-secret-key', 'generic-api-key'], scanJudged: [other], rescanJudged: [KEY, other] });
    assert.deepEqual(seen[1], { ids: ['generic-api-key'], scanJudged: [KEY, other], rescanJudged: [KEY, other] });
  } finally {
    rule.validate = validate;
  }
});

test('placeholders and examples are not findings', () => {
  for (const v of ['your-api-key', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'changeme', '<TOKEN>', '${API_KEY}', '{{ api_key }}', '%(password)s',
    'process.env.API_KEY', 'AKIAIOSFODNN7EXAMPLE', 'aaaaaaaaaaaaaaaa', 'abcdefghijklmnop', '1234567890abcdef', 'a1b2c3d4e5f6g7h8', 'sk_live_...', '$API_KEY',
    'sk_live_%s\\nGITHUB_TOKEN=ghp_%s', 'token-%08d', 'Bearer {}', 'key={0}']) {
    assert.ok(isPlaceholder(v), v);
  }
  for (const v of [KEY, 'q8Zr2LkP9vXw4TmN7bJc3HsY', 'Hx7#qLm2Vz9!pRt4', 'k9%sPq2!Zr7%dXw4', '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']) assert.ok(!isPlaceholder(v), v);
  // A base64 body that happens to contain "fAkE" or "yOuR" is not a placeholder.
  assert.ok(!isPlaceholder('MIIEpAIBAAKCAQEAfAkEq8ZrYoUr2LkP9vXw4TmN7bJc3HsY+/Qz'));
});

test('keys printed in providers\' docs are stand-ins, known by digest at each of their lengths', () => {
  // Joined here so that no file of this repository holds one whole.
  const documented: Array<[prefix: string, rest: string]> = [['sk_test_', '4eC39HqLyjWDarjtT1zdp7dc'], ['pk_test_', 'TYooMQauvdEDq54NiTphI7jx'], ['sk_test_', 'BQokikJOvBiI2HlWgH4olfQ2'],
    ['xoxb-', '17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy'],
    ['AAAAAAAAAAAAAAAAAAAAA', 'MLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F']];
  for (const [prefix, rest] of documented) {
    assert.ok(isPlaceholder(prefix + rest), `${prefix}…`);
    assert.ok(!isPlaceholder(`${prefix}${rest.slice(0, -1)}Q`), `${prefix}… with one character changed`);
  }
});

test('fingerprints depend on rule, secret and path, not on the line', () => {
  const a = defined(scanner.scan(`const k = "${KEY}";`, 'src/a.ts')[0], "scanner.scan(`const k = \"${KEY}\";`, 'src/a.ts')[0]");
  const b = defined(scanner.scan(`\n\n\n  const k = "${KEY}";`, 'src/a.ts')[0], "scanner.scan(`\\n\\n\\n  const k = \"${KEY}\";`, 'src/a.ts')[0]");
  const c = defined(scanner.scan(`const k = "${KEY}";`, 'src/b.ts')[0], "scanner.scan(`const k = \"${KEY}\";`, 'src/b.ts')[0]");
  assert.equal(a.fingerprint, b.fingerprint);
  assert.notEqual(a.fingerprint, c.fingerprint);
  assert.equal(a.fingerprint, findingFingerprint('stripe-secret-key', KEY, 'src/a.ts'));
  assert.equal(defined(scanner.scan(`const k = "${KEY}";`, 'src\\a.ts')[0], "scanner.scan(`const k = \"${KEY}\";`, 'src\\\\a.ts')[0]").fingerprint, a.fingerprint);
});

test('findings carry severity, confidence, environment and a redacted value', () => {
  const [f] = scanner.scan(`const k = "${KEY}";`, 'a.ts');
  assert.ok(f !== undefined, 'expected a f');
  assert.equal(f.severity, 'error');
  assert.equal(f.redacted, `sk_live_…${KEY.slice(-4)}`);
  assert.ok(f.redacted.startsWith('sk_l') && f.redacted.endsWith(KEY.slice(-4)) && !f.redacted.includes(KEY.slice(4, -4)));
  assert.ok(['high', 'medium', 'low'].includes(f.confidence));
  assert.ok(['live', 'test', 'unknown'].includes(f.environment));
  assert.ok(f.description.length > 0);
});

test('the convenience scan() and empty input', () => {
  assert.equal(scan(`const k = "${KEY}";`, 'a.ts').length, 1);
  assert.deepEqual(scan('', 'a.ts'), []);
  assert.deepEqual(scanner.scan('just some text\nwith no secrets\n', 'a.txt'), []);
});

test('keyword index: every occurrence, case-insensitive, overlapping keywords', () => {
  const idx = new KeywordIndex(['token', 'ken', 'sk_live_', 'pass', 'password']);
  const hits = idx.search('TOKEN tokens SK_LIVE_x password');
  assert.deepEqual(hits.positions(idx.idOf('token')), [0, 6]);
  assert.deepEqual(hits.positions(idx.idOf('ken')), [2, 8]);
  assert.deepEqual(hits.positions(idx.idOf('sk_live_')), [13]);
  assert.deepEqual(hits.positions(idx.idOf('pass')), [23]);
  assert.deepEqual(hits.positions(idx.idOf('password')), [23]);
  assert.deepEqual(hits.found(), ['token', 'ken', 'sk_live_', 'pass', 'password'].map((k) => idx.idOf(k)).sort((a, b) => a - b));
  assert.deepEqual(idx.search('nothing').found(), []);
  assert.ok(!idx.search('tok en').has(idx.idOf('token')));
  assert.ok(idx.search('é token').has(idx.idOf('token')));
  assert.equal(idx.idOf('absent'), -1);
});

test('keyword index: the offsets a plain indexOf finds, over seeded texts longer than a copied chunk', () => {
  const r = seededRng(5);
  // Few letters, so keywords overlap and repeat; non-ASCII characters whose low byte is a keyword letter
  // (U+0161 'š' ends in 0x61 'a', U+4162 in 'b') must break a match, and an astral character is two units.
  const alphabet = ['a', 'b', 'c', 'A', 'B', '_', ' ', '\n', '\u0161', '\u4162', '😀'];
  const pick = (n: number, from: readonly string[]) => Array.from({ length: n }, () => from[Math.floor(r() * from.length)] ?? '').join('');
  const keywords = Array.from({ length: 40 }, () => pick(2 + Math.floor(r() * 5), ['a', 'b', 'c', '_']));
  const idx = new KeywordIndex(keywords);
  // Keywords in random case between random characters: dense hits, some across the chunk boundaries.
  const piece = () => (r() < 0.6 ? [...pick(1, keywords)].map((c) => (r() < 0.3 ? c.toUpperCase() : c)).join('') : pick(1, alphabet));
  for (const length of [0, 1, 50, 5_000, 150_000]) {
    let text = '';
    while (text.length < length) text += piece();
    const folded = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const hits = idx.search(text);
    for (const k of new Set(keywords)) {
      const expected: number[] = [];
      for (let at = folded.indexOf(k); at !== -1; at = folded.indexOf(k, at + 1)) expected.push(at);
      assert.deepEqual([...hits.positions(idx.idOf(k))], expected, `${k} in a text of ${length}`);
    }
  }
});

test('a rule with `near` keywords finds what its whole-text search finds (AWS secret keys, seeded texts)', () => {
  const r = seededRng(8);
  const pick = <T>(from: readonly T[]): T => defined(from[Math.floor(r() * from.length)], 'a random pick');
  const chars = (n: number, alphabet: string) => Array.from({ length: n }, () => pick([...alphabet])).join('');
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const key = () => `${chars(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${chars(14, 'abcdefghijkmnopqrstuvwxyz')}${chars(13, '0123456789')}${chars(1, B64)}`;
  // The context validate looks for, at every distance from the keys, among filler (some of it "laws").
  const pieces = [
    () => `aws_secret_access_key = "${key()}"\n`, () => `secret_key = "${key()}"\n`, () => `value: ${key()}\n`,
    () => `AKIA${chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')} `, () => 'amazon ', () => 'the laws of ', () => 'Secret-Access-Key: ',
    () => `${chars(1 + Math.floor(r() * 400), 'abcdefgh ')}\n`,
  ];
  const whole = createScanner(undefined, { dedupe: false });
  const rule = defined(providerRules.find((x) => x.id === 'aws-secret-access-key'), 'the AWS secret key rule');
  const everywhere = { ...rule, near: undefined };
  let found = 0;
  for (let n = 0; n < 60; n++) {
    const text = Array.from({ length: 40 }, () => pick(pieces)()).join('');
    const got = whole.scan(text, 'a.tf').filter((f) => f.ruleId === rule.id).map((f) => f.offset);
    const expected = matchRule(everywhere, { text, path: 'a.tf' }).filter((m) => !isPlaceholder(m.secret)).map((m) => m.offset);
    assert.deepEqual(got, expected, text);
    found += got.length;
  }
  assert.ok(found > 30, `only ${found} keys found: the texts test too little`);
});

test('environment hint: from the key itself, else from the name or the file', () => {
  const env = (text: string, path: string) => scanner.scan(text, path)[0]?.environment;
  assert.equal(env('PROD_DB_PASSWORD=qP7#mZ2vLx9w', '.env'), 'live');
  assert.equal(env('DB_PASSWORD=qP7#mZ2vLx9w', '.env.production'), 'live');
  assert.equal(env('DB_PASSWORD=qP7#mZ2vLx9w', '.env.development'), 'test');
  assert.equal(env('TEST_DB_PASSWORD=qP7#mZ2vLx9w', '.env.production'), 'test');
  assert.equal(env('DB_PASSWORD=qP7#mZ2vLx9w', '.env'), 'unknown');
  assert.equal(env('DB_PASSWORD=qP7#mZ2vLx9w', 'product.env'), 'unknown');
});

test('literal: a multi-line template literal or triple-quoted string around a PEM key', () => {
  // A key block from the private-key rule's own true samples (its body must pass the rule's structural checks).
  const pem = samplesOf(providerRules.find((r) => r.id === 'private-key')!).tps
    .map((t) => /-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/.exec(t)?.[0])
    .find((block) => block !== undefined);
  assert.ok(pem, 'the private-key rule has a multi-line PEM sample');
  for (const [text, path, quote] of [['const key = `' + pem + '`;\n', 'a.ts', '`'], ['KEY = """' + pem + '"""\n', 'a.py', '"""']] as const) {
    const found = scanner.scan(text, path).find((f) => f.ruleId === 'private-key');
    assert.ok(found, path);
    assert.ok(found.endLine > found.line);
    assert.equal(found.literal?.quote, quote, path);
    assert.equal(text.slice(found.literal!.offset, found.literal!.endOffset), quote + pem + quote);
  }
});

test("a string's trailing \\n escape is not part of a generic value; our own keychain: references are not findings", () => {
  const value = 'qP7#mZ2vLx9w!Kt4';
  for (const text of [`const s = "DB_PASSWORD=${value}\\n";\n`, `password = "${value}\\r\\n"\n`]) {
    const found = scanner.scan(text, 'a.ts');
    assert.equal(found.length, 1, text);
    assert.equal(text.slice(defined(found[0], "found[0]").offset, defined(found[0], "found[0]").endOffset), value, text);
  }
  const env = 'GITHUB_TOKEN=keychain:GITHUB_TOKEN\nRELEASE_GITHUB_TOKEN="keychain:RELEASE_GITHUB_TOKEN"\n';
  assert.deepEqual(scanner.scan(env, '.env'), []);
});
