// The language server keeps an open document's last scan so that the next keystroke rescans only around the
// edit. A check of the same uri that is not the editor's buffer (a quick fix's, a file's saved text) must
// not throw that scan away.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ScanMemo } from '../../server/detect/scanner';
import { Analyzer } from '../../server/lsp/analysis';
import { Projects } from '../../server/lsp/projects';
import { defaultSettings } from '../../server/lsp/settings';
import { silentLogger } from '../../server/log';

const root = mkdtempSync(join(tmpdir(), 'kw-memo-'));
mkdirSync(join(root, '.keywarden'));
after(() => rmSync(root, { recursive: true, force: true }));

it('a check that is not the open buffer\'s keeps the buffer\'s scan for the next keystroke', async () => {
  const file = join(root, 'app.ts');
  const text = `const stripeKey = "${['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_')}";\nconst a = 1;\n`;
  writeFileSync(file, text);
  const projects = new Projects(silentLogger, (err) => { throw err; });
  const analyzer = new Analyzer(projects, () => [root]);
  // Which checks started from a kept scan: the scanner is the project's own, so every check goes through it.
  const fromMemo: boolean[] = [];
  const scanner = projects.get(root).scanner(defaultSettings.generic.sensitivity);
  const rescan = scanner.rescan.bind(scanner);
  scanner.rescan = (previous: ScanMemo | undefined, ...rest) => { fromMemo.push(previous !== undefined); return rescan(previous, ...rest); };

  const doc = TextDocument.create(pathToFileURL(file).href, 'typescript', 1, text);
  assert.equal((await analyzer.analyze(doc, defaultSettings, true)).findings.length, 1);
  assert.equal((await analyzer.analyze(TextDocument.create(doc.uri, 'typescript', 0, text), defaultSettings)).findings.length, 1);
  const at = text.indexOf('1;');
  analyzer.edited(doc.uri, at, at + 1, text.length, 2);
  TextDocument.update(doc, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + 1) }, text: '2' }], 2);
  assert.equal((await analyzer.analyze(doc, defaultSettings, true)).findings.length, 1);
  assert.deepEqual(fromMemo, [false, false, true], 'the keystroke after the saved-text check rescans from the kept scan');
});
