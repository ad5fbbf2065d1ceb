// Locating a bad inventory's fault in the file, for the Keys view's error item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateJsonPath, locateJsonSyntaxError } from '../../server/keys-view/json-position';

const inventory = `{
  "version": 1,
  "keys": [
    { "name": "STRIPE_SECRET_KEY", "rotationDays": 90 },
    {
      "name": "OPENAI_API_KEY",
      "scope": ["chat", "embeddings"],
      "rotationDays": "ninety"
    }
  ]
}
`;

test('a zod issue path points at the offending value', () => {
  assert.deepEqual(locateJsonPath(inventory, ['keys', 1, 'rotationDays']), { line: 7, character: 22 });
  assert.deepEqual(locateJsonPath(inventory, ['keys', 0, 'rotationDays']), { line: 3, character: 51 });
  assert.deepEqual(locateJsonPath(inventory, ['keys', 1, 'scope', 1]), { line: 6, character: 24 });
});

test('a path that goes past what exists stops at the deepest ancestor', () => {
  assert.deepEqual(locateJsonPath(inventory, ['keys', 1, 'owner']), { line: 4, character: 4 });
  assert.deepEqual(locateJsonPath(inventory, ['keys', 5, 'name']), { line: 2, character: 10 });
  assert.deepEqual(locateJsonPath(inventory, []), { line: 0, character: 0 });
});

test('a syntax error is located where parsing fails', () => {
  assert.equal(locateJsonSyntaxError(inventory), undefined);
  const broken = inventory.replace('"rotationDays": 90 }', '"rotationDays": 90, }');
  assert.deepEqual(locateJsonSyntaxError(broken), { line: 3, character: 55 });
  assert.deepEqual(locateJsonSyntaxError('{\n  "keys": [\n'), { line: 2, character: 0 });
});
