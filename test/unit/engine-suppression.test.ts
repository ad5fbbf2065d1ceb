// Inline suppression in every form and several comment syntaxes, and the comment syntax helper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScanner } from '../../server/detect/scanner';
import { commentFor, ignoreComment } from '../../server/detect/suppression';

const scanner = createScanner();
const KEY = 'sk_live_51Nq8vRk2LmWx93PaTv7YbN4cHdJ6sQe1ZfG0uKoB3yXw8TiA';
const lines = (text: string, path = 'a.ts') => scanner.scan(text, path).map((f) => f.line);

test('keywarden:ignore on the line, in several comment syntaxes', () => {
  assert.deepEqual(lines(`const k = "${KEY}";\n`), [1]);
  assert.deepEqual(lines(`const k = "${KEY}"; // keywarden:ignore\n`), []);
  assert.deepEqual(lines(`k = "${KEY}"  # keywarden:ignore\n`, 'a.py'), []);
  assert.deepEqual(lines(`<key>${KEY}</key> <!-- keywarden:ignore -->\n`, 'a.xml'), []);
  assert.deepEqual(lines(`select '${KEY}'; -- KEYWARDEN:IGNORE\n`, 'a.sql'), []);
  assert.deepEqual(lines(`k = "${KEY}" /* keywarden:ignore */\n`, 'a.css'), []);
});

test('keywarden:ignore-next-line covers only the next line', () => {
  const text = `// keywarden:ignore-next-line\nconst a = "${KEY}";\nconst b = "${KEY}";\n`;
  assert.deepEqual(lines(text), [3]);
  assert.deepEqual(lines(`# keywarden:ignore-next-line\nSTRIPE=${KEY}\n`, '.env'), []);
});

test('keywarden:ignore-start / -end blocks, and an unterminated start runs to the end', () => {
  const text = [`a = "${KEY}"`, '# keywarden:ignore-start', `b = "${KEY}"`, `c = "${KEY}"`, '# keywarden:ignore-end', `d = "${KEY}"`,
    '# keywarden:ignore-start', `e = "${KEY}"`].join('\n');
  assert.deepEqual(lines(text, 'a.py'), [1, 6]);
});

test("other tools' markers: gitleaks, detect-secrets, secretlint", () => {
  assert.deepEqual(lines(`const k = "${KEY}"; // gitleaks:allow\n`), []);
  assert.deepEqual(lines(`k = "${KEY}"  # pragma: allowlist secret\n`, 'a.py'), []);
  assert.deepEqual(lines(`# pragma: allowlist nextline secret\nk = "${KEY}"\n`, 'a.py'), []);
  assert.deepEqual(lines(`const k = "${KEY}"; // secretlint-disable-line\n`), []);
  assert.deepEqual(lines(`// secretlint-disable-next-line\nconst k = "${KEY}";\nconst j = "${KEY}";\n`), [3]);
  assert.deepEqual(lines(`/* secretlint-disable */\nconst k = "${KEY}";\n/* secretlint-enable */\nconst j = "${KEY}";\n`), [4]);
});

test('a marker on another line or a lookalike does not suppress', () => {
  assert.deepEqual(lines(`// keywarden:ignore\n\nconst k = "${KEY}";\n`), [3]);
  assert.deepEqual(lines(`const k = "${KEY}"; // keywarden:ignore-end\n`), [1]);
});

test('suppression works with CRLF line endings', () => {
  assert.deepEqual(lines(`// keywarden:ignore-next-line\r\nconst a = "${KEY}";\r\nconst b = "${KEY}"; // keywarden:ignore\r\nconst c = "${KEY}";\r\n`), [4]);
});

test('commentFor and ignoreComment give each format its comment syntax; JSON has none', () => {
  assert.deepEqual(commentFor('src/a.ts'), { start: '//', end: '' });
  assert.deepEqual(commentFor('typescriptreact'), { start: '//', end: '' });
  assert.deepEqual(commentFor('scripts/x.py'), { start: '#', end: '' });
  assert.deepEqual(commentFor('.env'), { start: '#', end: '' });
  assert.deepEqual(commentFor('.env.local'), { start: '#', end: '' });
  assert.deepEqual(commentFor('Dockerfile'), { start: '#', end: '' });
  assert.deepEqual(commentFor('k8s/deploy.yaml'), { start: '#', end: '' });
  assert.deepEqual(commentFor('db/schema.sql'), { start: '--', end: '' });
  assert.deepEqual(commentFor('web.config'), { start: '<!--', end: '-->' });
  assert.deepEqual(commentFor('README.md'), { start: '<!--', end: '-->' });
  assert.equal(commentFor('package.json'), undefined);
  assert.equal(commentFor('json'), undefined);
  assert.equal(ignoreComment('a.go'), '// keywarden:ignore-next-line');
  assert.equal(ignoreComment('a.html', 'line'), '<!-- keywarden:ignore -->');
  assert.equal(ignoreComment('config.json'), undefined);
});

test('the comment ignoreComment writes really suppresses the finding', () => {
  for (const path of ['a.ts', 'a.py', 'a.sql', 'a.xml', 'a.yaml', '.env', 'main.tf']) {
    const text = `${ignoreComment(path)}\nvalue = "${KEY}"\n`;
    assert.deepEqual(lines(text, path), [], path);
  }
});
