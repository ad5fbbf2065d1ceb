// The scan's look-ahead over the walk: bounded (memory stays flat however big the tree), batches cut by bytes
// in walk order, every file taken exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WalkAhead } from '../../server/cli/walk-ahead';
import type { WalkedFile } from '../../server/detect/walker';

function* files(sizes: number[], pulled: { count: number }): Generator<WalkedFile> {
  for (const [i, size] of sizes.entries()) {
    pulled.count++;
    yield { abs: `/t/f${i}`, rel: `f${i}`, size };
  }
}

test('walks ahead only up to its byte and file bounds', () => {
  const pulled = { count: 0 };
  const walk = new WalkAhead(files(Array.from({ length: 100 }, () => 10), pulled), 55, 1000);
  walk.fill();
  assert.equal(pulled.count, 6);
  assert.equal(walk.bytes, 60);
  assert.equal(walk.done, false);
  const byFiles = new WalkAhead(files(Array.from({ length: 100 }, () => 10), pulled), 1e9, 7);
  pulled.count = 0;
  byFiles.fill();
  assert.equal(pulled.count, 7);
});

test('cuts batches by bytes and files, at least one file each, and hands every file out once in walk order', () => {
  const sizes = [5, 5, 5, 100, 1, 1, 1, 1, 1, 30];
  const walk = new WalkAhead(files(sizes, { count: 0 }), 20, 1000);
  const batches: string[][] = [];
  for (walk.fill(); !walk.empty; walk.fill()) batches.push(walk.take(10, 3).map((f) => f.rel));
  assert.deepEqual(batches, [['f0', 'f1'], ['f2', 'f3'], ['f4', 'f5', 'f6'], ['f7', 'f8', 'f9']]);
  assert.equal(walk.bytes, 0);
  assert.equal(walk.done, true);
});

test('a long walk keeps its queue small as batches are taken', () => {
  const walk = new WalkAhead(files(Array.from({ length: 50_000 }, () => 1), { count: 0 }), 1e9, 10_000);
  let taken = 0;
  for (walk.fill(); !walk.empty; walk.fill()) {
    const batch = walk.take(1e9, 100);
    assert.equal(batch[0]?.rel, `f${taken}`);
    taken += batch.length;
    assert.ok((walk as unknown as { queue: unknown[] }).queue.length <= 20_000);
  }
  assert.equal(taken, 50_000);
});
