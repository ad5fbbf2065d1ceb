// A worker thread of `keywarden scan`'s pool: reads and scans the batches of files the main thread sends.
// Bundled to dist/scan-worker.js; parallel.ts starts it.
import { parentPort, workerData } from 'node:worker_threads';
import type { KeywardenConfig } from '../detect/config';
import { createScanner, readTextFile, type ScannerOptions } from '../detect/index';
import { scanBatch, type BatchRequest } from '../detect/scan-batch';

const { config, options } = workerData as { config: KeywardenConfig; options: ScannerOptions };
const scanner = createScanner(config, options);
parentPort!.on('message', (request: BatchRequest) => {
  parentPort!.postMessage(scanBatch(scanner, request, readTextFile));
});
// Start-up (loading the bundle, compiling the rules) is done: the pool may send batches now.
parentPort!.postMessage({ ready: true });
