// The languages module is the one table: package.json activates on exactly its languages, and each place that
// differs by language (lookup written, lookup read, comment syntax) answers from it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { commentFor } from '../../server/detect/suppression';
import { LANGUAGES, languageRecord } from '../../server/languages';
import { findEnvReferences } from '../../server/vault/references';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { activationEvents: string[] };

describe('languages', () => {
  it('package.json activates on every language of the table and no other', () => {
    const declared = manifest.activationEvents.filter((e) => e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length)).sort();
    const wanted = LANGUAGES.filter((l) => l.activate).flatMap((l) => l.ids).sort();
    assert.deepEqual(declared, wanted);
  });

  it('every lookup a fix writes is read back as a reference to the same name', () => {
    for (const record of LANGUAGES) {
      if (!record.lookup || !record.reads) continue;
      const code = record.lookup.writes.replaceAll('NAME', 'STRIPE_SECRET_KEY');
      const refs = findEnvReferences(`x = ${code}\n`, ['STRIPE_SECRET_KEY']);
      assert.equal(refs.length, 1, `${record.label}: ${code} is not read back`);
    }
  });

  it('resolves special file names before ids and extensions', () => {
    assert.equal(languageRecord('plaintext', 'deploy/Dockerfile.prod')?.ids[0], 'dockerfile');
    assert.equal(languageRecord('yaml', 'docker-compose.override.yml')?.ids[0], 'yaml');
    assert.equal(languageRecord('plaintext', 'config/.env.local')?.ids[0], 'dotenv');
    assert.equal(languageRecord('', 'src/app.tsx')?.ids[0], 'typescript');
    assert.equal(languageRecord('plaintext', 'notes.txt')?.ids[0], 'plaintext');
  });

  it('comment syntax by id, extension and file name; none for JSON', () => {
    assert.equal(commentFor('python')?.start, '#');
    assert.equal(commentFor('src/main.rs')?.start, '//');
    assert.equal(commentFor('Dockerfile')?.start, '#');
    assert.equal(commentFor('page.html')?.start, '<!--');
    assert.equal(commentFor('settings.ini')?.start, ';');
    assert.equal(commentFor('package.json'), undefined);
    assert.equal(commentFor('unknown.xyz')?.start, '#');
  });
});
