// Under noUncheckedIndexedAccess a test reads `list[0]` as possibly missing: `defined` says which read was
// expected to find something, and fails the test there with that name instead of a TypeError further on.
import assert from 'node:assert/strict';

export function defined<T>(value: T | undefined, what: string): T {
  assert.ok(value !== undefined, `expected ${what} to be there`);
  return value;
}

/** `list[i]`, failing with the index and the length when there is no such item (`what` names the list). */
export function at<T>(list: readonly T[], i: number, what = 'the list'): T {
  const item = list[i];
  assert.ok(item !== undefined, `expected ${what} to have an item ${i}, it has ${list.length}`);
  return item;
}

/** The one item of `list`, failing with the count when there are none or more. */
export function only<T>(list: readonly T[], what: string): T {
  const [item, ...more] = list;
  assert.ok(item !== undefined && more.length === 0, `expected one ${what}, got ${list.length}`);
  return item;
}
