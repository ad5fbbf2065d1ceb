// The engine runs rule patterns without the `d` flag and reads a secret's offsets off the match where the
// pattern's source says the secret ends it (secret-end.ts). These tests hold those offsets to the ones V8
// reports with `d`, on every rule's samples, and pin the reading of the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRule } from '../../server/detect/match-rule';
import { secretEndsMatch } from '../../server/detect/secret-end';
import { providerRules } from '../../server/detect/rules/index';
import { pathFor, samplesOf } from '../support/rule-samples';

/** Every [start, end) the rule's secret group takes in `text`, by V8's match indices. */
function spansWithIndices(source: string, flags: string, text: string): Set<string> {
  const re = new RegExp(source, flags.replace('d', '') + 'd');
  const spans = new Set<string>();
  for (let at = 0; at < text.length; at++) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) break;
    const group = m.groups?.secret !== undefined ? m.indices?.groups?.secret : m.length > 1 && m[1] !== undefined ? m.indices?.[1] : m.indices?.[0];
    if (group) spans.add(`${group[0]}-${group[1]}`);
    at = m.index;
  }
  return spans;
}

test('every rule\'s findings on its samples sit where V8\'s match indices put the secret', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const rule of providerRules) {
    for (const sample of [...samplesOf(rule).tps, ...samplesOf(rule).fps]) {
      const expected = spansWithIndices(rule.pattern.source, rule.pattern.flags, sample);
      for (const m of matchRule(rule, { text: sample, path: pathFor(sample), sensitivity: 'high' })) {
        checked++;
        if (!expected.has(`${m.offset}-${m.endOffset}`)) wrong.push(`${rule.id}: ${m.offset}-${m.endOffset}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(checked > 500, `only ${checked} matches checked`);
});

test('secretEndsMatch: the secret group at the top level, followed by assertions only', () => {
  for (const source of ['key=(?<secret>[a-z]{8})', 'a|b(?<secret>c)(?![\\w)])', '(?<secret>x)\\b$', '(?:k|v)=(?<secret>\\w+)(?=["\'(])(?<!\\))',
    '[(](?<secret>a)', '\\((?<secret>a)']) {
    assert.ok(secretEndsMatch(source, 'g'), source);
  }
  for (const source of ['(?<secret>a)b', '(?:x(?<secret>a))', '(?<secret>a)+', '(?<secret>a)|b', '(?<secret>a)(?<host>b)?', '[(](?<secret>a)[)]', 'x(?<=(?<secret>a{3}))', 'no secret group (a)']) {
    assert.ok(!secretEndsMatch(source, 'g'), source);
  }
  assert.ok(!secretEndsMatch('(?<secret>a)', 'v'), 'v-mode classes are not read');
});
