// Runs a scan over paths: walks them and scans batches of files as the walk goes, on the main thread at first.
// The worker pool starts for the rest once the walk has passed POOL_AFTER_BYTES or the scan PARALLEL_AFTER_MS:
// short scans (pre-commit hooks) never pay a worker's start-up, long ones use every core. Bytes say early
// that a tree is big; time catches the small trees that are slow because they are dense in rule keywords.
import { availableParallelism } from 'node:os';
import type { Logger } from '../log';
import type { KeywardenConfig } from '../detect/config';
import { readTextFile, walkPaths, type SkippedFile, type WalkedFile } from '../detect/walker';
import { prepareFingerprints, type Scanner } from '../detect/scanner';
import type { Finding, RuleFault } from '../detect/types';
import { scanBatch, type BatchResult } from '../detect/scan-batch';
import { ScanPool, workerScript } from './parallel';

/** A worker takes 0.1–0.3 s of CPU to start (load the bundle, compile the rules): scans shorter never pay for one. */
export const PARALLEL_AFTER_MS = 500;
/** About 0.1 s of scanning for one core on sparse code: a tree this big has more coming. */
export const POOL_AFTER_BYTES = 8 * 1024 * 1024;
const BATCH_BYTES = 512 * 1024;
const BATCH_FILES = 128;

export interface ScanRunOptions {
  root: string;
  /** Files and folders, absolute or relative to root; none = the whole root. */
  paths: string[];
  config: KeywardenConfig;
  scanner: Scanner;
  logger: Logger;
  noIgnore?: boolean;
  /**
   * Worker threads. Unset: the available cores (at most 4), started once the scan passes POOL_AFTER_BYTES or PARALLEL_AFTER_MS.
   * Set: that many, from the start (1 = none).
   */
  jobs?: number;
  /**
   * Whether the findings' fingerprints will be read (JSON, SARIF, a baseline): they are then computed as the
   * scan goes, on every core. Without, a text report costs no scrypt, and reading one throws. Default true.
   */
  fingerprints?: boolean;
  /** Called as files are scanned, for a progress indicator. */
  onProgress?: (files: number, bytes: number) => void;
}

export interface ScanRun {
  /** `file` relative to root, `/` separators. */
  findings: Finding[];
  files: number;
  bytes: number;
  skipped: SkippedFile[];
  faults: RuleFault[];
  /** Worker threads used (0 = in process). */
  workers: number;
}

export function defaultJobs(): number {
  return Math.min(availableParallelism(), 4);
}

export async function runScan(options: ScanRunOptions): Promise<ScanRun> {
  const { config, logger } = options;
  const fingerprints = options.fingerprints ?? true;
  const run: ScanRun = { findings: [], files: 0, bytes: 0, skipped: [], faults: [], workers: 0 };
  const take = (r: BatchResult) => {
    for (const w of r.warnings) logger.warn(w);
    run.findings.push(...r.findings);
    run.skipped.push(...r.skipped);
    run.faults.push(...r.faults);
    run.files += r.files;
    run.bytes += r.bytes;
    options.onProgress?.(run.files, run.bytes);
  };
  // The scrypts of in-process findings run on libuv's threads while this one scans on.
  const preparing: Promise<void>[] = [];
  // In batches, so that progress moves.
  const inProcess = (files: WalkedFile[]) => {
    for (let i = 0; i < files.length; i += BATCH_FILES) {
      const result = scanBatch(options.scanner, { id: 0, files: files.slice(i, i + BATCH_FILES), maxFileSize: config.maxFileSize }, readTextFile);
      if (fingerprints && result.findings.length > 0) preparing.push(prepareFingerprints(result.findings));
      take(result);
    }
  };
  const jobs = options.jobs ?? defaultJobs();
  const script = jobs > 1 ? workerScript() : undefined;
  const started = performance.now();
  let pool: ScanPool | undefined;
  let pending: WalkedFile[] = [];
  let pendingBytes = 0;
  let walkedBytes = 0;
  try {
    const onSkip = (s: SkippedFile) => run.skipped.push(s);
    for await (const file of walkPaths(options.root, options.paths, { config: options.config, logger: options.logger, noIgnore: options.noIgnore, onSkip })) {
      pending.push(file);
      pendingBytes += file.size;
      walkedBytes += file.size;
      if (pendingBytes < BATCH_BYTES && pending.length < BATCH_FILES) continue;
      if (!pool && script && (options.jobs !== undefined || walkedBytes >= POOL_AFTER_BYTES || performance.now() - started > PARALLEL_AFTER_MS)) {
        pool = new ScanPool(script, config, options.scanner.options, jobs, fingerprints, take, (reason) => logger.warn(`a scan worker stopped (${reason}); its files are scanned on the main thread`));
        run.workers = jobs;
      }
      if (!pool?.offer(pending, config.maxFileSize)) inProcess(pending);
      pending = [];
      pendingBytes = 0;
      // The walk is synchronous underneath: let the event loop hear the workers (ready, results) between batches.
      if (pool) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (pending.length && !pool?.offer(pending, config.maxFileSize)) inProcess(pending);
    if (pool) for (const lost of await pool.drain()) inProcess(lost);
    await Promise.all(preparing);
  } finally {
    await pool?.terminate();
  }
  return run;
}
