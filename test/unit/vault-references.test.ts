import { test } from 'node:test';
import assert from 'node:assert/strict';
import { envReferenceAt, findEnvReferences } from '../../server/vault/references';
import { defined } from '../support/defined';

const samples: Array<[string, string]> = [
  ['const k = process.env.STRIPE_SECRET_KEY;', 'node'],
  ["const k = process.env['STRIPE_SECRET_KEY'];", 'node-index'],
  ['const k = import.meta.env.STRIPE_SECRET_KEY', 'import-meta'],
  ['Deno.env.get("STRIPE_SECRET_KEY")', 'deno'],
  ['key = os.environ["STRIPE_SECRET_KEY"]', 'python'],
  ["key = os.environ.get('STRIPE_SECRET_KEY')", 'python'],
  ['key = os.getenv("STRIPE_SECRET_KEY")', 'python'],
  ['key := os.Getenv("STRIPE_SECRET_KEY")', 'go'],
  ['String k = System.getenv("STRIPE_SECRET_KEY");', 'java'],
  ['var k = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY");', 'csharp'],
  ['k = ENV["STRIPE_SECRET_KEY"]', 'ruby'],
  ["k = ENV.fetch('STRIPE_SECRET_KEY')", 'ruby'],
  ["$k = getenv('STRIPE_SECRET_KEY');", 'php'],
  ["$k = $_ENV['STRIPE_SECRET_KEY'];", 'php'],
  ['let k = std::env::var("STRIPE_SECRET_KEY")?;', 'rust'],
  ['let k = env::var("STRIPE_SECRET_KEY")?;', 'rust'],
  ['STRIPE: ${STRIPE_SECRET_KEY}', 'interpolation'],
  ['STRIPE: ${STRIPE_SECRET_KEY:-default}', 'interpolation'],
  ['curl -H "Authorization: Bearer $STRIPE_SECRET_KEY"', 'shell'],
];

test('every language\'s lookup is found, with the name and where', () => {
  for (const [line, pattern] of samples) {
    const refs = findEnvReferences(`// first line\n${line}\n`, ['STRIPE_SECRET_KEY']);
    assert.equal(refs.length, 1, line);
    assert.equal(defined(refs[0], "refs[0]").name, 'STRIPE_SECRET_KEY');
    assert.equal(defined(refs[0], "refs[0]").pattern, pattern, line);
    assert.equal(defined(refs[0], "refs[0]").line, 1);
    assert.equal(line.slice(defined(refs[0], "refs[0]").character, defined(refs[0], "refs[0]").character + defined(refs[0], "refs[0]").length).includes('STRIPE_SECRET_KEY'), true);
  }
});

test('other names and look-alikes are not references', () => {
  assert.deepEqual(findEnvReferences('process.env.STRIPE_SECRET_KEY_2; const STRIPE_SECRET_KEY = 1; "STRIPE_SECRET_KEY"', ['STRIPE_SECRET_KEY']), []);
  assert.deepEqual(findEnvReferences('ENV[name]; os.environ[name]; process.env[key]'), []);
});

test('the lookup under a cursor, for hover', () => {
  const text = 'const a = 1;\nconst k = process.env.GITHUB_TOKEN;';
  const at = text.indexOf('GITHUB');
  assert.equal(envReferenceAt(text, at)?.name, 'GITHUB_TOKEN');
  assert.equal(envReferenceAt(text, 3), undefined);
});
