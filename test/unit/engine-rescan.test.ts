// The keystroke path: `rescan` after an edit reuses rule matches away from it, and must give exactly what a
// whole-text `scan` gives. Seeded random edits (typing, deleting, pasting secret-bearing lines and blocks,
// suppression comments) on realistic files: the eval corpus, the bench's keyword-dense and ordinary files.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { editWindow } from '../../server/detect/edit-window';
import { KeywordIndex } from '../../server/detect/keyword-index';
import { LineIndex } from '../../server/detect/line-index';
import { OffsetList } from '../../server/detect/offset-list';
import { createScanner, type ScanMemo } from '../../server/detect/scanner';
import { denseSource, sampleSource } from '../bench/lsp-latency';
import { seededRng, type Rng } from '../support/fake-secrets';
import { defined } from '../support/defined';

const CORPUS = join(__dirname, '../eval/corpus');

function corpusFiles(dir = CORPUS): { rel: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) return corpusFiles(abs);
    return name === 'labels.json' ? [] : [{ rel: abs.slice(CORPUS.length + 1), text: readFileSync(abs, 'utf8') }];
  });
}

const files = corpusFiles();
// Lines with something on them to paste: secrets, near-misses and code from every corpus file.
const pool = files.flatMap((f) => f.text.split('\n')).filter((l) => l.trim().length > 8);
const markers = ['// keywarden:ignore', '# gitleaks:allow', '/* secretlint-disable */'];

const at = (r: Rng, n: number) => Math.floor(r() * n);

/** One random edit, as an editor sends them: a few typed characters, a deletion, a pasted line or block. */
function edit(r: Rng, text: string): string {
  const pos = at(r, text.length + 1);
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  switch (at(r, 7)) {
    case 0: return text.slice(0, pos) + 'xY9_="'.slice(0, 1 + at(r, 6)) + text.slice(pos);
    case 1: return text.slice(0, pos) + text.slice(Math.min(text.length, pos + 1 + at(r, 120)));
    case 2: return text.slice(0, lineStart) + pool[at(r, pool.length)] + '\n' + text.slice(lineStart);
    case 3: {
      const end = text.indexOf('\n', pos);
      return text.slice(0, lineStart) + pool[at(r, pool.length)] + (end < 0 ? '' : text.slice(end));
    }
    case 4: {
      const from = at(r, text.length);
      return text.slice(0, lineStart) + text.slice(from, from + at(r, 3000)) + text.slice(lineStart);
    }
    case 5: return text.slice(0, lineStart) + markers[at(r, markers.length)] + '\n' + text.slice(lineStart);
    default: return text.slice(0, pos) + '\n' + text.slice(pos);
  }
}

function documents(): { rel: string; text: string }[] {
  const r = seededRng(7);
  // Corpus files are small: each document is a shuffle of them (one language's extension decides comments).
  const mixed = () => Array.from({ length: 40 }, () => defined(files[at(r, files.length)], "files[at(r, files.length)]").text).join('\n');
  return [
    { rel: 'src/dense.ts', text: denseSource(600) },
    { rel: 'src/handlers.ts', text: sampleSource(800) },
    { rel: 'app/settings.py', text: mixed() },
    { rel: 'deploy/values.yaml', text: mixed() },
    { rel: 'cmd/store.go', text: mixed() },
  ];
}

describe('rescan after edits gives what a whole scan gives', () => {
  for (const doc of documents()) {
    it(`${doc.rel} (${Math.round(doc.text.length / 1024)} KB), 150 seeded edits`, () => {
      const scanner = createScanner();
      const r = seededRng(doc.text.length);
      let text = doc.text;
      let memo: ScanMemo | undefined = scanner.rescan(undefined, text, doc.rel).memo;
      let reused = 0;
      let findings = 0;
      for (let step = 0; step < 150; step++) {
        text = edit(r, text);
        const incremental = scanner.rescan(memo, text, doc.rel);
        const whole = scanner.scan(text, doc.rel);
        assert.deepEqual(incremental.findings, whole, `edit ${step} changed the findings`);
        memo = incremental.memo;
        reused += incremental.reused;
        findings += whole.length;
      }
      // Not a vacuous comparison: edits did reuse earlier matches, on files with findings.
      assert.ok(reused > 0, 'no rule reused its matches');
      assert.ok(findings > 0 || doc.rel === 'src/handlers.ts', 'the document never had a finding');
    });
  }

  it('a change the caller tracked, wider than the edit, gives what a whole scan gives', () => {
    const scanner = createScanner();
    const r = seededRng(21);
    let text = denseSource(600);
    let memo: ScanMemo | undefined = scanner.rescan(undefined, text, 'src/dense.ts').memo;
    for (let step = 0; step < 60; step++) {
      const next = edit(r, text);
      const w = editWindow(text, next);
      // An editor's change events may cover more than what differs (a word retyped as it was).
      const before = at(r, 200);
      const after = at(r, 200);
      const start = Math.max(0, (w?.start ?? 0) - before);
      const tail = Math.min(text.length - (w?.oldEnd ?? text.length), next.length - (w?.newEnd ?? next.length), after);
      const change = { start, oldEnd: (w?.oldEnd ?? text.length) + tail, newEnd: (w?.newEnd ?? next.length) + tail };
      const incremental = scanner.rescan(memo, next, 'src/dense.ts', undefined, change);
      assert.deepEqual(incremental.findings, scanner.scan(next, 'src/dense.ts'), `edit ${step}`);
      memo = incremental.memo;
      text = next;
    }
  });

  it('an unchanged text reuses every rule that ran, and a different scanner or path starts over', () => {
    const scanner = createScanner();
    const text = denseSource(600);
    const first = scanner.rescan(undefined, text, 'a.ts');
    assert.equal(first.reused, 0);
    assert.ok(scanner.rescan(first.memo, text, 'a.ts').reused > 0);
    assert.equal(scanner.rescan(first.memo, text, 'b.ts').reused, 0);
    assert.equal(createScanner().rescan(first.memo, text, 'a.ts').reused, 0);
  });
});

describe('keyword hits after an edit', () => {
  it('update() gives what a fresh search gives, over seeded edits', () => {
    const index = new KeywordIndex(['token', 'secret', 'api_key', 'password', 'ghp_', 'akia', 'sk_live', 'auth']);
    const r = seededRng(11);
    let text = denseSource(300);
    let hits = index.search(text);
    const ids = ['token', 'secret', 'api_key', 'password', 'ghp_', 'akia', 'sk_live', 'auth'].map((k) => index.idOf(k));
    for (let step = 0; step < 300; step++) {
      const next = edit(r, text);
      const w = editWindow(text, next);
      hits = w ? index.update(hits, next, w.start, w.oldEnd, w.newEnd) : hits;
      const fresh = index.search(next);
      for (const id of ids) assert.deepEqual([...hits.positions(id)], [...fresh.positions(id)], `edit ${step}`);
      text = next;
    }
  });
});

describe('line index after an edit', () => {
  it('edited() gives what a fresh index gives, over seeded edits', () => {
    const r = seededRng(12);
    let text = denseSource(300);
    let lines = new LineIndex(text);
    for (let step = 0; step < 300; step++) {
      const next = edit(r, text);
      const w = editWindow(text, next);
      lines = w ? lines.edited(next, w.start, w.oldEnd, w.newEnd) : lines;
      const fresh = new LineIndex(next);
      assert.equal(lines.lineCount, fresh.lineCount, `edit ${step}`);
      for (let line = 0; line < fresh.lineCount; line++) assert.equal(lines.lineStart(line), fresh.lineStart(line), `edit ${step}, line ${line}`);
      text = next;
    }
  });
});

describe('offsets shifted by block', () => {
  it('edited() keeps what a sorted array edited the slow way keeps, through splits and rebuilds', () => {
    const r = seededRng(13);
    let expected = Array.from({ length: 3000 }, (_, i) => i * 7 + (i % 3));
    let list = OffsetList.of(expected);
    let blocksSeen = 0;
    for (let step = 0; step < 600; step++) {
      const span = (expected.at(-1) ?? 0) + 50;
      const from = at(r, span);
      const until = from + at(r, 40);
      // An edit removes at most the span it drops: later values never move before `from`.
      const delta = at(r, 60) - Math.min(30, until - from);
      // New values land in [from, until + delta): what the edited span now holds.
      const room = Math.max(0, until + delta - from);
      const inserted = room === 0 ? [] : [...new Set(Array.from({ length: at(r, 4) }, () => from + at(r, room)))].sort((a, b) => a - b);
      expected = [...expected.filter((v) => v < from), ...inserted, ...expected.filter((v) => v >= until).map((v) => v + delta)];
      list = list.edited(from, until, delta, inserted);
      blocksSeen = Math.max(blocksSeen, (list as unknown as { blocks: unknown[] }).blocks.length);
      assert.deepEqual(list.toArray(), expected, `edit ${step}`);
      assert.equal(list.length, expected.length);
      for (let k = 0; k < 20; k++) {
        const x = at(r, span + 100) - 50;
        const lb = expected.findIndex((v) => v >= x);
        assert.equal(list.lowerBound(x), lb === -1 ? expected.length : lb, `lowerBound(${x}) after edit ${step}`);
        const i = at(r, expected.length);
        assert.equal(list.at(i), expected[i]);
        assert.deepEqual(list.between(x, x + 100), expected.filter((v) => v >= x && v < x + 100));
      }
    }
    // The edits split blocks past the rebuild bound, so both paths ran.
    assert.ok(blocksSeen > 60, `at most ${blocksSeen} blocks`);
  });

  it('an edit away from every value returns the same list', () => {
    const list = OffsetList.of([1, 5, 9]);
    assert.equal(list.edited(20, 25, 4, []), list);
    assert.equal(list.edited(3, 3, 0, []), list);
    assert.deepEqual(list.edited(0, 0, 2, []).toArray(), [3, 7, 11]);
    assert.deepEqual(OffsetList.EMPTY.edited(0, 0, 1, [4]).toArray(), [4]);
  });
});
