// Rules whose verdict rests on structure: the CRC32/base62 and Bech32 checksums (a valid one is certain, a broken
// one low confidence) and the context that decides unprefixed kinds. Every rule's samples run in rules.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { matchRule } from '../../server/detect/match-rule';
import type { Rule } from '../../server/detect/rule';
import { base62, crc32, hasCrc32Base62Checksum } from '../../server/detect/rules/checksum';
import { samplesOf } from '../support/rule-samples';
import { byId } from '../support/rules';

const ctx = (text: string) => ({ text, path: 'src/config.ts' });
const hits = (rule: Rule, text: string) => matchRule(rule, ctx(text));

test('crc32 matches zlib and known vectors', () => {
  assert.equal(crc32(''), 0);
  assert.equal(crc32('123456789'), 0xcbf43926);
  assert.equal(crc32('The quick brown fox jumps over the lazy dog'), 0x414fa339);
  const zcrc = (zlib as unknown as { crc32?: (s: string) => number }).crc32;
  if (zcrc) for (const s of ['a', 'ghp_', 'XOOr4lLzPDMyRA4NHfADM9WaoghAhA']) assert.equal(crc32(s), zcrc(s));
});

test('base62 encodes with 0-9A-Za-z and pads', () => {
  assert.equal(base62(0, 6), '000000');
  assert.equal(base62(61), 'z');
  assert.equal(base62(62), '10');
  assert.equal(base62(0xffffffff), '4gfFC3');
  assert.throws(() => base62(-1));
});

test('GitHub/npm checksum: a constructed token passes, any altered character fails', () => {
  const random = 'Zk3pQ9wXv2LmT7rBn4Yc8Hd1Fs6Ga0';
  const token = random + base62(crc32(random), 6);
  assert.equal(token.length, 36);
  assert.ok(hasCrc32Base62Checksum(token));
  for (const i of [0, 15, 29, 30, 35]) {
    const swapped = token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1);
    assert.ok(!hasCrc32Base62Checksum(swapped), `position ${i}`);
  }
  assert.ok(!hasCrc32Base62Checksum('abc'));
});

const confidenceOf = (rule: Rule, text: string) => {
  const found = hits(rule, text);
  assert.equal(found.length, 1, `${rule.id} on ${text}`);
  return found[0]!.verdict.confidence ?? rule.confidence ?? 'high';
};


test('checksummed tokens: a valid checksum is high confidence, a broken one low', () => {
  const cases: [string, string, string][] = [
    ['github-pat', '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', 'ghp_XOOr4lLzPDMyRA4NHfADM9WaoghAhA3Igd3J'],
    ['github-oauth', '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', 'gho_C17EVylFk5dLol4tT5lHGSL6cIWoIX2TZQx2'],
    ['github-server-to-server', 'ghs_RxELH9NrWRc6ABiQ5FtvP47HXm5rlA19MINT', 'ghs_RxELH9NrWRc6ABiQ5FtvP47HXm5rlA19MINt'],
    ['npm-token', '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', 'npm_DD5iNSdwO9WAJa00SzC1jBjDpJNiiN4AyxHh'],
    ['age-secret-key', 'AGE-SECRET-KEY-1UPEVKJ0ARFYZK8NG8DYLMNUV4E0G7Q4MNNVZ3Y9J5X8TKSCT2KXQZDP4N9', 'AGE-SECRET-KEY-1UPEVKJ0ARFYZK8NG8DYLMNUV4E0G7Q4MNNVZ3Y9J5X8TKSCT2KXQZDP4NQ'],
  ];
  for (const [id, good, bad] of cases) {
    assert.equal(confidenceOf(byId(id), `TOKEN=${good}`), 'high', id);
    assert.equal(confidenceOf(byId(id), `TOKEN=${bad}`), 'low', id);
  }
  // A freshly constructed token, not one from the samples.
  const random = 'q8Wm2ZrT4kLp9XvB3nHc7Yd1Gs5Fa6';
  assert.equal(confidenceOf(byId('github-refresh-token'), `t = "ghr_${random}${base62(crc32(random), 6)}"`), 'high');
  // A valid checksum beats the placeholder heuristics: random tokens do sometimes contain "xxxx".
  const unlucky = 'Ab3xxxxQ9wXv2LmT7rBn4Yc8Hd1Fs6';
  assert.equal(confidenceOf(byId('github-pat'), `t = "ghp_${unlucky}${base62(crc32(unlucky), 6)}"`), 'high');
  assert.equal(hits(byId('github-pat'), `t = "ghp_${unlucky}000000"`).length, 0);
});

test('context decides the unprefixed and environment-specific kinds', () => {
  const secret = 'PJ17sBf+ikBNXiayK8hDoIQSyDClMdZVS7I6W7vh';
  const aws = byId('aws-secret-access-key');
  assert.equal(confidenceOf(aws, `aws_secret_access_key = ${secret}`), 'high');
  assert.equal(confidenceOf(aws, `pair = ["AKIAZ3FV3Y2DYSYR7LO5", "${secret}"]`), 'medium');
  assert.equal(hits(aws, `some_value = "${secret}" # aws`).length, 0);
  const pypi = hits(byId('pypi-token'), `TWINE_PASSWORD=${samplesOf(byId('pypi-token')).tps.at(-1)!.split('=')[1]}`);
  assert.equal(pypi[0]?.verdict.severity, 'warning');
  assert.equal(pypi[0]?.verdict.environment, 'test');
  const notion = byId('notion-integration-token');
  assert.equal(confidenceOf(notion, 'const notionKey = "secret_QhZ0TZScTY7KxMq3xRgOGbl3K3oxV3nUgH0Trvt5Wag";'), 'high');
  assert.equal(confidenceOf(notion, 'const key = "secret_QhZ0TZScTY7KxMq3xRgOGbl3K3oxV3nUgH0Trvt5Wag";'), 'medium');
});
