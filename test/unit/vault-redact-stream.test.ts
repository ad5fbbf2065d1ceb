import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactStream, MASK } from '../../server/vault/redact-stream';

async function through(values: string[], chunks: Buffer[]): Promise<string> {
  const stream = createRedactStream(values);
  const out: Buffer[] = [];
  stream.on('data', (d: Buffer) => out.push(d));
  const done = new Promise((resolve) => stream.on('end', resolve));
  for (const c of chunks) stream.write(c);
  stream.end();
  await done;
  return Buffer.concat(out).toString('utf8');
}

test('a value split at every possible byte is still masked', async () => {
  const value = 'sk_live_ключ🔑4eC39HqLyjWDarjtT1zdp7dc';
  const text = Buffer.from(`before ${value} after ${value}`);
  for (let cut = 0; cut <= text.length; cut++) {
    assert.equal(await through([value], [text.subarray(0, cut), text.subarray(cut)]), `before ${MASK} after ${MASK}`, `cut at ${cut}`);
  }
  const bytes = [...text].map((b) => Buffer.from([b]));
  assert.equal(await through([value], bytes), `before ${MASK} after ${MASK}`, 'one byte at a time');
});

test('output that only starts like a value is passed through whole; short values are not masked', async () => {
  assert.equal(await through(['secretvalue'], [Buffer.from('secret'), Buffer.from('ary and secretvalu')]), 'secretary and secretvalu');
  assert.equal(await through(['abc'], [Buffer.from('abc abc')]), 'abc abc');
});

test('overlapping values: the longest at a position wins', async () => {
  assert.equal(await through(['token', 'token-long-value'], [Buffer.from('x token-long-value y token z')]), `x ${MASK} y ${MASK} z`);
});
