// Under noUncheckedIndexedAccess a test reads `list[0]` as possibly missing: `defined` says which read was
// expected to find something, and fails the test there with that name instead of a TypeError further on.
import assert from 'node:assert/strict';

export function defined<T>(value: T | undefined, what: string): T {
  assert.ok(value !== undefined, `expected ${what} to be there`);
  return value;
}
