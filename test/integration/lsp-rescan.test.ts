// The keystroke path end to end: after seeded random incremental edits (typing, deleting, pasting secret
// lines, joining lines), the diagnostics the server published for the last version are exactly those of a
// fresh open of the same text. The server applies each change to its copy and rescans from the last scan.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { denseSource } from '../bench/lsp-latency';
import { oneOf, seededRng, type Rng } from '../support/fake-secrets';
import { defined } from '../support/defined';
import { startLsp, type LspClient } from '../support/lsp-client';

const PASTES = [
  'const stripeSecretKey = "sk_live_aZTL52yn6zVOIuhiKuCQCLlP4f2a";',
  'const dbPassword = "Xk9mQ2vL7pR4wT8z";',
  'export const apiToken = "tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0";',
  '// keywarden:ignore',
  'const token = process.env.GITHUB_TOKEN ?? "";',
];

let root: string;
let client: LspClient;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'kw-lsp-rescan-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  client = await startLsp({ root });
});
after(async () => {
  await client.stop();
  rmSync(root, { recursive: true, force: true });
});

/** A random edit of the client's copy, as an LSP range and its new text. */
function randomEdit(r: Rng, text: string): { range: Range; text: string } {
  const lines = text.split('\n');
  const line = Math.floor(r() * lines.length);
  const width = defined(lines[line], `line ${line}`).length;
  const character = Math.floor(r() * (width + 1));
  const at = { line, character };
  switch (Math.floor(r() * 5)) {
    case 0: return { range: { start: at, end: at }, text: 'xY9_="'.slice(0, 1 + Math.floor(r() * 6)) };
    case 1: return { range: { start: at, end: { line, character: Math.min(width, character + 1 + Math.floor(r() * 20)) } }, text: '' };
    case 2: return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: oneOf(r, PASTES) + '\n' };
    case 3: return { range: { start: { line, character: 0 }, end: { line: Math.min(lines.length - 1, line + 1 + Math.floor(r() * 3)), character: 0 } }, text: '' };
    default: return { range: { start: at, end: { line: Math.min(lines.length - 1, line + 1), character: 0 } }, text: '' }; // joins two lines
  }
}

it('diagnostics after random edits equal those of a fresh open', async () => {
  const r = seededRng(1212);
  const uri = client.open('src/credentials.ts', 'typescript', denseSource(600));
  await client.current(uri);
  for (let round = 0; round < 3; round++) {
    let edited: Diagnostic[] = [];
    for (let step = 0; step < 15; step++) {
      const { range, text } = randomEdit(r, client.text(uri));
      // Versions restart at 1 on each open: `since` skips the earlier rounds' publishes.
      const since = Date.now();
      const version = client.edit(uri, range, text);
      edited = (await client.diagnostics(uri, (p) => p.version === version, 10_000, since)).diagnostics;
    }
    const text = client.text(uri);
    client.close(uri);
    const since = Date.now();
    client.open('src/credentials.ts', 'typescript', text);
    const fresh = await client.diagnostics(uri, (p) => p.version === client.version(uri), 10_000, since);
    assert.deepEqual(edited, fresh.diagnostics, `round ${round}`);
    assert.ok(fresh.diagnostics.length > 0, 'the edits left findings to compare');
  }
});

it('edits in bursts and several changes per didChange end in the diagnostics of a fresh open', async () => {
  // A burst is checked once, after its last edit: the server composes what all of them changed.
  const r = seededRng(2424);
  const uri = client.open('src/bursts.ts', 'typescript', denseSource(600));
  await client.current(uri);
  for (let round = 0; round < 3; round++) {
    let edited: Diagnostic[] = [];
    for (let burst = 0; burst < 6; burst++) {
      const since = Date.now();
      let version = 0;
      for (let k = 0, n = 1 + Math.floor(r() * 4); k < n; k++) {
        // Each change's range is in the text the ones before it left: apply them one by one to pick them.
        const doc = TextDocument.create(uri, 'typescript', 0, client.text(uri));
        const ordered = Array.from({ length: 1 + Math.floor(r() * 3) }, () => {
          const change = randomEdit(r, doc.getText());
          TextDocument.update(doc, [change], doc.version + 1);
          return change;
        });
        version = client.editAll(uri, ordered);
      }
      edited = (await client.diagnostics(uri, (p) => p.version === version, 10_000, since)).diagnostics;
    }
    const text = client.text(uri);
    client.close(uri);
    const since = Date.now();
    client.open('src/bursts.ts', 'typescript', text);
    const fresh = await client.diagnostics(uri, (p) => p.version === client.version(uri), 10_000, since);
    assert.deepEqual(edited, fresh.diagnostics, `round ${round}`);
    assert.ok(fresh.diagnostics.length > 0, 'the edits left findings to compare');
  }
});
