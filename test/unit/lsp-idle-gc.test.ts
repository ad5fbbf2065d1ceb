// The server collects garbage in the quiet after a check, not inside the next one: IdleCollector asks V8 for a
// minor collection once the young generation holds enough, and for a major one once the old generation grew.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IdleCollector, type Collect } from '../../server/lsp/idle-gc';

const quiet = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('runs a real minor collection after a check, once quiet', async () => {
  const kinds: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) kinds.push(e.detail?.kind ?? -1);
  });
  observer.observe({ entryTypes: ['gc'] });
  let junk: unknown[] = [];
  for (let i = 0; i < 1000; i++) junk.push({ i });
  junk = [];
  new IdleCollector(5, 0, Number.MAX_SAFE_INTEGER).afterCheck();
  await quiet(100); // entries arrive after the collection
  observer.disconnect();
  assert.ok(kinds.includes(constants.NODE_PERFORMANCE_GC_MINOR), `collections seen: ${kinds.join(', ') || 'none'}; junk ${junk.length}`);
});

it('asks for a major collection once the old generation has grown past the threshold', async () => {
  const asked: string[] = [];
  const spy: Collect = ({ type }) => { asked.push(type); };
  const collector = new IdleCollector(5, Number.MAX_SAFE_INTEGER, 1024 * 1024, spy);
  // Long-lived objects, moved to the old generation by two real minor collections.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as Collect;
  const kept = Array.from({ length: 100_000 }, (_, i) => ({ i, name: `entry ${i}` }));
  gc({ type: 'minor' });
  gc({ type: 'minor' });
  collector.afterCheck();
  await quiet(50);
  assert.deepEqual(asked, ['major']);
  assert.equal(kept.length, 100_000);
});

it('a check in the quiet time puts the collection off, and a quiet heap is left alone', async () => {
  const asked: string[] = [];
  const spy: Collect = ({ type }) => { asked.push(type); };
  const collector = new IdleCollector(60, 0, Number.MAX_SAFE_INTEGER, spy);
  collector.afterCheck();
  await quiet(30);
  collector.afterCheck(); // the next keystroke came: the first timer is gone
  await quiet(30);
  assert.deepEqual(asked, [], 'nothing collected before the quiet time');
  await quiet(100);
  assert.deepEqual(asked, ['minor'], 'one collection after it');
  const idle = new IdleCollector(1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, spy);
  idle.afterCheck();
  await quiet(30);
  assert.deepEqual(asked, ['minor'], 'below both thresholds: no collection');
});
