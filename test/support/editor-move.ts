// What the headless editor tests (Neovim, Emacs + eglot) share: a git project with a file holding a live
// Stripe key, `keywarden` (this checkout's build) on the PATH the README's snippets expect, and the check of
// the files on disk after the editor ran "Move to .env".
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDotenv } from '../../server/vault/dotenv';
import { CLI, git, STAGED_KEY } from './ship';

/** A fresh git project with `pay.js`, whose line 1 holds the key. */
export function editorProject(prefix: string): { project: string; file: string; dotenv: string } {
  const project = mkdtempSync(join(tmpdir(), prefix));
  git(project, 'init', '-q');
  const file = join(project, 'pay.js');
  writeFileSync(file, `const stripe = require("stripe")("${STAGED_KEY}");\nmodule.exports = stripe;\n`);
  return { project, file, dotenv: join(project, '.env') };
}

/** Writes a `keywarden` script into `dir` that runs this checkout's CLI: put `dir` first on PATH. */
export function keywardenIn(dir: string): void {
  writeFileSync(join(dir, 'keywarden'), `#!/bin/sh\nexec node ${JSON.stringify(CLI)} "$@"\n`);
  chmodSync(join(dir, 'keywarden'), 0o755);
}

/** The file reads the key from the environment; `.env` holds exactly the key, at mode 0600. */
export function assertMovedToDotenv({ file, dotenv }: { file: string; dotenv: string }): void {
  assert.equal(readFileSync(file, 'utf8'), 'const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);\nmodule.exports = stripe;\n');
  assert.deepEqual(parseDotenv(readFileSync(dotenv, 'utf8')), { STRIPE_SECRET_KEY: STAGED_KEY });
  assert.equal(statSync(dotenv).mode & 0o777, 0o600);
}
