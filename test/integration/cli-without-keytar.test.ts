// The vault commands where keytar cannot load (test/support/without-keytar.ts): each one that needs the
// keychain fails saying what to do, and leaves the project as it was: no .keywarden/project.json created
// for a keychain it never reached, .env untouched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { gitProject } from '../support/cli';
import { STAGED_KEY } from '../support/ship';
import { installWithoutKeytar } from '../support/without-keytar';

const { dist, env } = installWithoutKeytar();

const commands: { args: string[]; dotenv: string; input?: string }[] = [
  { args: ['import'], dotenv: `STRIPE_SECRET_KEY=${STAGED_KEY}\nPORT=3000\n` },
  { args: ['keys', 'add', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'development', '--owner', 'me'], dotenv: 'PORT=3000\n', input: STAGED_KEY },
  { args: ['keys', 'adopt', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'development'], dotenv: 'STRIPE_SECRET_KEY=keychain:STRIPE_SECRET_KEY\n' },
  { args: ['run', '--', process.execPath, '-e', ''], dotenv: 'STRIPE_SECRET_KEY=keychain:STRIPE_SECRET_KEY\n' },
];

for (const { args, dotenv, input } of commands) {
  it(`keywarden ${args.slice(0, 2).filter((a) => a !== '--').join(' ')} without keytar: explains, and leaves no project identity behind`, () => {
    const root = gitProject('app', dotenv);
    const r = spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], { cwd: root, env, input: input ?? '', encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /the keychain library \(keytar\) could not be loaded/);
    assert.match(r.stderr, /→ install Keywarden's build for this platform/);
    assert.doesNotMatch(r.stderr, /Created \.keywarden\/project\.json/);
    assert.ok(!existsSync(join(root, '.keywarden')), `${args[0]} left ${join(root, '.keywarden')} behind`);
    assert.equal(readFileSync(join(root, '.env'), 'utf8'), dotenv);
    assert.ok(!(r.stdout + r.stderr).includes(STAGED_KEY));
  });
}

it('a vault command that succeeds keeps the identity it created, and says so once', () => {
  const root = gitProject('app', 'PORT=3000\n');
  writeFileSync(join(root, '.env'), `STRIPE_SECRET_KEY=${STAGED_KEY}\n`);
  const r = spawnSync(process.execPath, [join(dist, 'cli.js'), 'keys', 'adopt', 'STRIPE_SECRET_KEY', '--provider', 'stripe', '--env', 'development'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stderr.match(/Created \.keywarden\/project\.json/g)?.length, 1);
  assert.ok(existsSync(join(root, '.keywarden/project.json')));
});
