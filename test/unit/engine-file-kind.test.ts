// One answer everywhere to "is this a .env file": the diagnostics, the references, the report and the comment syntax ask file-kind.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDotenvPath, isDotenvSyntaxPath, isDotenvTemplatePath } from '../../server/detect/file-kind';
import { commentFor } from '../../server/detect/suppression';

test('local values files are .env files; committed templates are dotenv syntax but not .env files', () => {
  for (const p of ['.env', '.env.local', '.env.production', 'app/.env', 'C:\\app\\.ENV.dev', 'prod.env', 'config/staging.env']) {
    assert.ok(isDotenvPath(p), p);
    assert.ok(isDotenvSyntaxPath(p), p);
    assert.ok(!isDotenvTemplatePath(p), p);
  }
  for (const p of ['.env.example', '.env.sample', 'app/.env.template', '.env.dist', '.env.defaults']) {
    assert.ok(!isDotenvPath(p), p);
    assert.ok(isDotenvSyntaxPath(p), p);
    assert.ok(isDotenvTemplatePath(p), p);
  }
  for (const p of ['env.ts', '.envrc', 'src/environment.py', 'dotenv', '.env-cmdrc', 'x.env.ts']) {
    assert.ok(!isDotenvSyntaxPath(p), p);
    assert.ok(!isDotenvPath(p), p);
  }
});

test('every dotenv-syntax file takes # comments', () => {
  for (const p of ['.env', '.env.example', 'prod.env']) assert.deepEqual(commentFor(p), { start: '#', end: '' }, p);
});
