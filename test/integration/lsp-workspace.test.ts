// Custom requests over stdio: keywarden/scanWorkspace (progress, cancellation, published files),
// finding counts for the status bar, and the same server started as `keywarden lsp --stdio`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { WorkDoneProgress } from 'vscode-languageserver-protocol';
import { FindingsChangedNotification, FindingsCountRequest, ScanWorkspaceRequest, type FindingsCounts, type ScanWorkspaceResult } from '../../server/shared/protocol';
import { startLsp } from '../support/lsp-client';
import { only } from '../support/defined';

const SK = 'sk_live_aZTL52yn6zVOIuhiKuCQCLlP4f2a';

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kw-ws-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

describe('workspace requests', () => {
  it('scans the workspace with progress, publishes files with findings, and counts them', async () => {
    const root = workspace({
      '.gitignore': 'node_modules/\n',
      'src/pay.ts': `export const stripeSecretKey = "${SK}";\n`,
      'src/settings.py': `STRIPE_KEY = "${SK}"\nOTHER = "sk_live_Qm3vT8xWz2LpR6nK9dF4hJ7c"\n`,
      'src/clean.ts': 'export const port = 3000;\n',
      'node_modules/lib/index.js': `module.exports = "${SK}";\n`,
    });
    const client = await startLsp({ root });
    try {
      const progress: { kind: string }[] = [];
      client.connection.onProgress(WorkDoneProgress.type, 'scan-1', (value) => progress.push(value));
      const result = (await client.connection.sendRequest(ScanWorkspaceRequest.type, { workDoneToken: 'scan-1' })) as ScanWorkspaceResult;
      assert.equal(result.cancelled, false);
      assert.equal(result.filesWithFindings, 2);
      assert.equal(result.findings, 3);
      assert.ok(result.filesScanned >= 3);
      assert.equal((await client.diagnostics(client.uri('src/pay.ts'))).diagnostics.length, 1);
      assert.equal((await client.diagnostics(client.uri('src/settings.py'))).diagnostics.length, 2);
      assert.equal(client.published.get(client.uri('node_modules/lib/index.js')), undefined, 'git-ignored files are not scanned');
      assert.equal(client.published.get(client.uri('src/clean.ts')), undefined, 'clean files are not published');
      assert.deepEqual([progress[0]?.kind, progress.at(-1)?.kind], ['begin', 'end']);

      const counts = (await client.connection.sendRequest(FindingsCountRequest.type)) as FindingsCounts;
      assert.deepEqual(counts.all, { files: 2, findings: 3, error: 3, warning: 0, info: 0, hint: 0 });
      assert.equal(counts.open.findings, 0);
      const changed = client.notifications.filter((n) => n.method === FindingsChangedNotification.method).at(-1)!.params as FindingsCounts;
      assert.deepEqual(changed, counts);

      // Opening a file makes it count as open; fixing it by hand clears it.
      const uri = client.open('src/pay.ts', 'typescript', `export const stripeSecretKey = "${SK}";\n`);
      await client.current(uri);
      const open = (await client.connection.sendRequest(FindingsCountRequest.type)) as FindingsCounts;
      assert.equal(open.open.findings, 1);
      client.change(uri, 'export const stripeSecretKey = process.env.STRIPE_SECRET_KEY;\n');
      await client.current(uri);
      const after = (await client.connection.sendRequest(FindingsCountRequest.type)) as FindingsCounts;
      assert.equal(after.open.findings, 0);
      assert.equal(after.all.findings, 2);
      // Closed without saving: the file on disk still holds the key, and shows it again.
      const since = Date.now();
      client.close(uri);
      await client.diagnostics(uri, (p) => p.diagnostics.length === 1 && p.version === undefined, 5000, since);
      const closed = (await client.connection.sendRequest(FindingsCountRequest.type)) as FindingsCounts;
      assert.deepEqual(closed.all, counts.all);
    } finally {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('stops a workspace scan when cancelled', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`pkg${i % 30}/file${i}.ts`] = `export const value${i} = "${'x'.repeat(40)}";\nexport const key${i} = "${SK}";\n`;
    const root = workspace(files);
    const client = await startLsp({ root });
    try {
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(ScanWorkspaceRequest.type, {}, source.token);
      setTimeout(() => source.cancel(), 30);
      const result = (await pending) as ScanWorkspaceResult;
      assert.equal(result.cancelled, true);
      assert.ok(result.filesScanned < 3000, `scanned ${result.filesScanned}`);
    } finally {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('runs as `keywarden lsp --stdio` too', async () => {
    const root = workspace({});
    const client = await startLsp({ root, argv: [join(__dirname, '..', '..', 'dist', 'cli.js'), 'lsp', '--stdio'] });
    try {
      const uri = client.open('pay.ts', 'typescript', `const stripeSecretKey = "${SK}";\n`);
      assert.equal(only(await client.current(uri), 'diagnostic').code, 'stripe-secret-key');
    } finally {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
