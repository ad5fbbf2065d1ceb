import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  createDotenvStore, encodeDotenvValue, keychainReference, parseDotenv, parseKeychainReference,
  removeDotenvValue, setDotenvValue, upsertDotenv,
} from '../../server/vault/dotenv';
import { dotenvStanding, ensureGitignored, isGitIgnored, isGitTracked } from '../../server/vault/git';
import { UserError } from '../../server/errors';

// The real dotenv parser when it is installed (or KW_DOTENV_PATH points at an unpacked copy); our own
// parser otherwise. The expectations below also pin dotenv's documented behaviour independently.
function referenceParser(): { name: string; parse: (text: string) => Record<string, string> } {
  for (const id of ['dotenv', process.env.KW_DOTENV_PATH].filter(Boolean) as string[]) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return { name: id, parse: (require(id) as { parse(t: string): Record<string, string> }).parse };
    } catch { /* not installed */ }
  }
  return { name: 'keywarden', parse: parseDotenv };
}
const reference = referenceParser();

const tricky = [
  'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  'with spaces inside',
  '  leading and trailing  ',
  'hash # not a comment',
  '#starts-with-hash',
  "it's single",
  'say "hi"',
  `all three ' " \``,
  'line one\nline two',
  'literal backslash-n: \\n stays',
  'multi\nline with \'quote\'',
  'crlf\r\nvalue',
  'a=b=c',
  'ünïcødé 🔑 ключ',
  '$HOME and ${VAR}',
  '',
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n',
];

test(`written values read back exactly with ${reference.name}'s parser`, () => {
  let text = '# header comment\n\nPORT=3000\n';
  for (const [i, value] of tricky.entries()) text = setDotenvValue(text, `KEY_${i}`, value);
  const parsed = reference.parse(text);
  for (const [i, value] of tricky.entries()) assert.equal(parsed[`KEY_${i}`], value, `KEY_${i}`);
  assert.equal(parsed.PORT, '3000');
  assert.deepEqual(parseDotenv(text), parsed, 'our reader agrees with the reference on the whole file');
  assert.ok(text.startsWith('# header comment\n\nPORT=3000\n'));
});

test('plain tokens are written bare, others single-quoted, newlines double-quoted with escapes', () => {
  assert.equal(encodeDotenvValue('sk_live_4eC39HqLyjWDarjtT1zdp7dc'), 'sk_live_4eC39HqLyjWDarjtT1zdp7dc');
  assert.equal(encodeDotenvValue('keychain:STRIPE_SECRET_KEY'), 'keychain:STRIPE_SECRET_KEY');
  assert.equal(encodeDotenvValue('a b # c'), "'a b # c'");
  assert.equal(encodeDotenvValue('a\nb'), '"a\\nb"');
});

test('a value no dotenv form can hold is refused, not mangled', () => {
  assert.throws(() => encodeDotenvValue(`'"\`#\n\\n`), UserError);
});

test('reads dotenv syntax: export, quotes, multiline, comments, colon separator', () => {
  const text = [
    '# comment',
    'export A=plain # trailing comment',
    "B='single # kept'",
    'C="double\\nnewline"',
    'D=`back tick`',
    'E="multi',
    'line"',
    'F: colon',
    'EMPTY=',
    'SPACED =  value with spaces  ',
    'G=last',
    'G=wins',
  ].join('\r\n');
  const expected = {
    A: 'plain', B: 'single # kept', C: 'double\nnewline', D: 'back tick', E: 'multi\nline', F: 'colon',
    EMPTY: '', SPACED: 'value with spaces', G: 'wins',
  };
  assert.deepEqual(parseDotenv(text), expected);
  assert.deepEqual(reference.parse(text), expected);
});

test('edits keep comments, blank lines, order, export prefixes, inline comments and CRLF', () => {
  const text = '# top\r\nexport A=one # why\r\n\r\nB=two\r\nC="multi\r\nline"\r\nD=four\r\n';
  const edited = setDotenvValue(text, 'A', 'new value');
  assert.equal(edited, "# top\r\nexport A='new value' # why\r\n\r\nB=two\r\nC=\"multi\r\nline\"\r\nD=four\r\n");
  const removed = removeDotenvValue(edited, 'C');
  assert.equal(removed, "# top\r\nexport A='new value' # why\r\n\r\nB=two\r\nD=four\r\n");
  assert.equal(setDotenvValue('X=1', 'Y', '2'), 'X=1\nY=2\n');
});

test('invalid names are refused', () => {
  assert.throws(() => setDotenvValue('', 'BAD NAME', 'x'), /not a valid environment variable name/);
});

test('keychain references', () => {
  assert.equal(keychainReference('STRIPE_SECRET_KEY'), 'keychain:STRIPE_SECRET_KEY');
  assert.equal(parseKeychainReference('keychain:STRIPE_SECRET_KEY'), 'STRIPE_SECRET_KEY');
  assert.equal(parseKeychainReference('sk_live_4eC39HqLyjWDarjtT1zdp7dc'), undefined);
  assert.equal(parseKeychainReference('keychain:has space'), undefined);
});


test('the .env store creates files with mode 0600, narrows an existing mode to 0600, and writes atomically', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-dotenv-'));
  const file = join(dir, '.env');
  const store = createDotenvStore(file);
  assert.equal(await store.get('A'), undefined);
  await store.set('A', 'x y');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.equal(await store.get('A'), 'x y');
  writeFileSync(file, '# keep\nA=1\n', { mode: 0o640 });
  execFileSync('chmod', ['640', file]);
  await upsertDotenv(file, 'B', 'two');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.equal(readFileSync(file, 'utf8'), '# keep\nA=1\nB=two\n');
  assert.equal(await store.delete('A'), true);
  assert.equal(await store.delete('A'), false);
  assert.equal(readFileSync(file, 'utf8'), '# keep\nB=two\n');
});

test('an unwritable .env gives a clear error and leaves nothing behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-dotenv-'));
  writeFileSync(join(dir, 'not-a-dir'), '');
  const underFile = createDotenvStore(join(dir, 'not-a-dir', '.env'));
  await assert.rejects(underFile.set('A', 'x'), (e: Error) => e instanceof UserError && /cannot (read|write) .*not a directory/.test(e.message));
  mkdirSync(join(dir, '.env'));
  const isDir = createDotenvStore(join(dir, '.env'));
  await assert.rejects(isDir.set('A', 'secret-value-1234'), (e: Error) => e instanceof UserError && /directory/.test(e.message) && !e.message.includes('secret-value'));
});

test('git: tracked and ignored checks, and .gitignore gets .env once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-git-'));
  execFileSync('git', ['init', '-q', dir]);
  writeFileSync(join(dir, '.gitignore'), 'node_modules');
  writeFileSync(join(dir, '.env'), 'A=1\n');
  assert.equal(await isGitIgnored(dir, '.env'), false);
  assert.equal(await ensureGitignored(dir, '.env'), true);
  assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8'), 'node_modules\n.env\n');
  assert.equal(await ensureGitignored(dir, '.env'), false);
  assert.equal(await isGitTracked(dir, '.env'), false);
  execFileSync('git', ['-C', dir, 'add', '-f', '.env']);
  assert.equal(await isGitTracked(dir, '.env'), true);
  assert.equal(await isGitTracked(dir, join(dir, '.env')), true, 'absolute paths too');
  // Outside a repository: .gitignore alone decides, and nothing is tracked.
  const plain = mkdtempSync(join(tmpdir(), 'kw-nogit-'));
  assert.equal(await ensureGitignored(plain, '.env'), true);
  assert.ok(existsSync(join(plain, '.gitignore')));
  assert.equal(await isGitIgnored(plain, '.env'), true);
  assert.equal(await isGitTracked(plain, '.env'), false);
});

test('outside a repository, a .gitignore the walk only warns about (a 50,000-character line, a FIFO) does not throw', async () => {
  const plain = mkdtempSync(join(tmpdir(), 'kw-nogit-'));
  writeFileSync(join(plain, '.gitignore'), `/${'a'.repeat(50_000)}\n.env\n`);
  assert.equal(await isGitIgnored(plain, '.env'), true, 'the lines that compile still apply');
  assert.equal(await dotenvStanding(plain, '.env'), 'ignored');
  const fifo = mkdtempSync(join(tmpdir(), 'kw-nogit-'));
  execFileSync('mkfifo', [join(fifo, '.gitignore')]);
  assert.equal(await isGitIgnored(fifo, '.env'), false, 'an unreadable .gitignore ignores nothing, at once');
});
