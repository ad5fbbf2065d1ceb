// A server message is a one-line toast and its details: what withDetails joins, toastParts splits back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toastParts, withDetails } from '../../server/shared/toast';

test('the first line is the toast, the rest the details', () => {
  const message = withDetails('Keywarden: moved A to the OS keychain.', ' Stored under the service s; .env refers to it.\nA was already in use. ');
  assert.equal(message, 'Keywarden: moved A to the OS keychain.\nStored under the service s; .env refers to it.\nA was already in use.');
  assert.deepEqual(toastParts(message), { line: 'Keywarden: moved A to the OS keychain.', details: 'Stored under the service s; .env refers to it.\nA was already in use.' });
  assert.equal(withDetails('Keywarden: moved A to .env.', '  '), 'Keywarden: moved A to .env.', 'no details: no second line');
  assert.deepEqual(toastParts('one line'), { line: 'one line', details: '' });
});
