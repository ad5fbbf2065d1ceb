// Latency of the language server as an editor sees it: from sending an incremental `didChange` to receiving
// the `publishDiagnostics` for that version, over stdio with `node dist/server.js --stdio` (build first).
// Edits are spaced past the debounce window, so each one is a "first edit after a pause" (checked at once).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { at } from '../support/defined';
import { startLsp } from '../support/lsp-client';
import { percentile, round } from './measure';

export interface LatencyResult {
  /** `current`: the bench's first file; `keyword-dense`: every fifth line reads a token from process.env. */
  file: SourceKind;
  lines: number;
  bytes: number;
  samples: number;
  p50: number;
  p95: number;
  max: number;
  /** Findings in the file (planted secrets), to show the scan did real work. */
  findings: number;
}

const SECRETS = ['sk_live_aZTL52yn6zVOIuhiKuCQCLlP4f2a', 'sk_live_Qm3vT8xWz2LpR6nK9dF4hJ7c', 'sk_live_Hn4pX9tWq2VbL7mK3sR8cF6d'];

/** A TypeScript file of about `lines` lines: ordinary code, URLs, hashes, test data, and three planted keys. */
export function sampleSource(lines: number): string {
  const out: string[] = ['import { createHash } from "node:crypto";', 'import type { Request, Response } from "express";', ''];
  for (let i = 0; out.length < lines - 1; i++) {
    const n = i % 8;
    if (n === 0) out.push(`export async function handler${i}(req: Request, res: Response): Promise<void> {`);
    else if (n === 1) out.push(`  const url = "https://api.example.com/v1/items/${i}?expand=owner&limit=50";`);
    else if (n === 2) out.push(`  const digest = createHash("sha256").update(req.body.id + "${(i * 2654435761).toString(16)}").digest("hex");`);
    else if (n === 3) out.push(`  const token = req.headers.authorization ?? process.env.API_TOKEN_${i % 17};`);
    else if (n === 4) out.push(i % 997 === 4 ? `  const stripeSecretKey = "${SECRETS[(i / 997) % 3 | 0]}";` : `  const label = "order-${i}-" + digest.slice(0, 8);`);
    else if (n === 5) out.push(`  res.json({ id: ${i}, url, label: "item ${i}", integrity: "sha512-${Buffer.from(String(i)).toString('base64')}" });`);
    else if (n === 6) out.push('  if (!token) throw new Error("missing token");');
    else out.push('}');
  }
  out.push('');
  return out.join('\n');
}

/**
 * Credential-handling TypeScript of about `lines` lines: every fifth line reads a token from `process.env`, and
 * the lines around it pass it on in headers, clients and errors (so nearly every line names a keyword).
 */
export function denseSource(lines: number): string {
  const out: string[] = ['import { request } from "node:https";', ''];
  for (let i = 0; out.length < lines - 1; i++) {
    const n = i % 5;
    const name = at(['GITHUB_TOKEN', 'STRIPE_SECRET_KEY', 'DB_PASSWORD', 'SLACK_BOT_TOKEN', 'API_KEY'], n);
    if (n === 0) out.push(`const token${i} = process.env.${name}_${i % 23} ?? "";`);
    else if (n === 1) out.push(`const headers${i} = { Authorization: \`Bearer \${token${i - 1}}\`, "X-Api-Key": apiKey, "X-Request-Id": "req-${i}" };`);
    else if (n === 2) out.push(i % 499 === 2 ? `const stripeSecretKey = "${SECRETS[(i / 499) % 3 | 0]}";` : `if (!token${i - 2}) throw new Error("missing ${name}: set it in .env or the keychain");`);
    else if (n === 3) out.push(`export const client${i} = createClient({ baseUrl: "https://api.example.com/v${i % 3}", token: token${i - 3}, secretName: "${name.toLowerCase()}" });`);
    else out.push(`log.debug("refreshing credentials", { password: "<redacted>", tokenLength: token${i - 4}.length });`);
  }
  out.push('');
  return out.join('\n');
}

export type SourceKind = 'current' | 'keyword-dense';
const SOURCES: Record<SourceKind, (lines: number) => string> = { current: sampleSource, 'keyword-dense': denseSource };

/** Measures didChange → publishDiagnostics for each file size; `samples` edits per size. */
export async function measureLspLatency(sizes: number[] = [2000, 20000], samples = 40, kinds: SourceKind[] = ['current', 'keyword-dense']): Promise<LatencyResult[]> {
  const root = mkdtempSync(join(tmpdir(), 'kw-latency-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  const client = await startLsp({ root });
  const results: LatencyResult[] = [];
  try {
    for (const kind of kinds) for (const lines of sizes) {
      const text = SOURCES[kind](lines);
      const uri = client.open(`src/${kind}-${lines}.ts`, 'typescript', text);
      const first = await client.current(uri);
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        await new Promise((r) => setTimeout(r, 170)); // past the 150 ms debounce window
        const line = 10 + ((i * 37) % (lines - 20));
        const started = performance.now();
        const version = client.edit(uri, { start: { line, character: 0 }, end: { line, character: 0 } }, '  ');
        await client.diagnostics(uri, (p) => p.version === version, 10_000);
        times.push(performance.now() - started);
      }
      results.push({ file: kind, lines, bytes: Buffer.byteLength(text), samples, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(Math.max(...times)), findings: first.length });
    }
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
  return results;
}

/** One line per size, for the bench report. */
export function formatLatency(results: LatencyResult[]): string {
  return results.map((r) => `lsp didChange→publishDiagnostics  ${r.file.padEnd(13)} ${String(r.lines).padStart(6)} lines (${(r.bytes / 1024).toFixed(0)} KB, ${r.findings} findings): p50 ${r.p50} ms  p95 ${r.p95} ms  max ${r.max} ms  (n=${r.samples})`).join('\n');
}

if (require.main === module) {
  measureLspLatency().then((r) => console.log(formatLatency(r)), (err) => { console.error(err); process.exitCode = 1; });
}
