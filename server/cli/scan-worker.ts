// A worker thread of `keywarden scan`'s pool: reads and scans the batches of files the main thread sends.
// Bundled to dist/scan-worker.js; parallel.ts starts it.
import { parentPort, workerData } from 'node:worker_threads';
import type { KeywardenConfig } from '../detect/config';
import { createScanner, prepareFingerprints, transferableFinding, type ScannerOptions } from '../detect/scanner';
import { readTextFile } from '../detect/walker';
import { scanBatch, type BatchRequest } from '../detect/scan-batch';

const { config, options, fingerprints } = workerData as { config: KeywardenConfig; options: ScannerOptions; fingerprints: boolean };
const scanner = createScanner(config, options);
parentPort!.on('message', (request: BatchRequest) => void scanAndReply(request));

async function scanAndReply(request: BatchRequest): Promise<void> {
  const result = scanBatch(scanner, request, readTextFile);
  // The scrypts run on libuv's pool while this thread scans the next batch.
  if (fingerprints) await prepareFingerprints(result.findings);
  parentPort!.postMessage({ ...result, findings: result.findings.map((f) => transferableFinding(f, fingerprints)) });
}
// Start-up (loading the bundle, compiling the rules) is done: the pool may send batches now.
parentPort!.postMessage({ ready: true });
