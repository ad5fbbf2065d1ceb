// One message source, told which client: a vault error that names a next step reads as a command line in
// the CLI and as the editor's own command in the editor.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UserError } from '../../server/errors';
import { emptyInventory, requireKey } from '../../server/vault/inventory';

test('a missing key: the CLI says keywarden keys list, the editor the Keys view', () => {
  const err = (() => {
    try {
      requireKey(emptyInventory(), 'STRIPE_SECRET_KEY');
    } catch (e) {
      return e;
    }
    assert.fail('requireKey found a key in an empty inventory');
  })();
  assert.ok(err instanceof UserError);
  assert.equal(err.hint, 'see the names with `keywarden keys list`');
  assert.equal(err.describe(), 'no key named STRIPE_SECRET_KEY in .keywarden/keys.json\n  → see the names with `keywarden keys list`');
  assert.equal(err.hintFor('editor'), 'see the names in the Keys view');
});

test('a plain hint reads the same in both', () => {
  const err = new UserError('the keychain is locked', 'unlock your keyring');
  assert.equal(err.hintFor('cli'), 'unlock your keyring');
  assert.equal(err.hintFor('editor'), 'unlock your keyring');
});
