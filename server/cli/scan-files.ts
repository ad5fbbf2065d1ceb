// Runs a scan over paths: walks them ahead of the scan (a bounded look-ahead, so memory stays flat) and scans
// batches of files on the main thread. Worker threads start for the rest only when it is worth them: a worker
// costs ~0.5 s of CPU before it scans at full pace (start-up, then its own JIT warm-up of the rules), so
// they start when the walk outruns the look-ahead, or when the files walked would keep the main thread busy
// for POOL_WORTH_MS at its measured pace. Short scans (pre-commit hooks) never start one; the main thread
// keeps scanning beside them, so on two cores one worker and the main thread share the work.
import { availableParallelism } from 'node:os';
import type { Logger } from '../log';
import type { KeywardenConfig } from '../detect/config';
import { readTextFile, walkPaths, type SkippedFile, type WalkedFile } from '../detect/walker';
import { prepareFingerprints, type Scanner } from '../detect/scanner';
import type { Finding, RuleFault } from '../detect/types';
import { scanBatch, type BatchResult } from '../detect/scan-batch';
import { ScanPool, workerScript } from './parallel';
import { threadClockMs } from './thread-clock';
import { WalkAhead } from './walk-ahead';

/** Scan work left for the main thread, at its measured pace, above which workers pay for their start. */
export const POOL_WORTH_MS = 600;
/** Main-thread scanning measured before the pace is trusted (the first files are scanned cold). */
const PACE_AFTER_MS = 100;
/**
 * How far the walk runs ahead of the scan: little memory, and enough to see that a tree is big. A walk that
 * goes past it starts the workers at once (32 MB is over 0.4 s of scanning at any pace measured here).
 */
const LOOKAHEAD_BYTES = 32 * 1024 * 1024;
const LOOKAHEAD_FILES = 20_000;
/** A batch is about this much scanning (at the measured pace): few messages, a short wait at the end. */
const BATCH_MS = 40;
const FIRST_BATCH_BYTES = 512 * 1024;
const MIN_BATCH_BYTES = 32 * 1024;
const MAX_BATCH_BYTES = 4 * 1024 * 1024;
const BATCH_FILES = 512;

export interface ScanRunOptions {
  root: string;
  /** Files and folders, absolute or relative to root; none = the whole root. */
  paths: string[];
  config: KeywardenConfig;
  scanner: Scanner;
  logger: Logger;
  noIgnore?: boolean;
  /**
   * Threads that scan: the main thread and jobs - 1 workers. Unset: the available cores (at most 4), the workers
   * started only when the rest of the scan is worth them (POOL_WORTH_MS). Set: the workers start at once (1 = none).
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
  // The main thread's pace (its CPU time, not the machine's load): it sizes batches and says whether workers would pay.
  const pace = { ms: 0, bytes: 0 };
  const inProcess = (files: WalkedFile[]) => {
    // In batches (a dead worker's come back whole), so that progress moves.
    for (let i = 0; i < files.length; i += BATCH_FILES) {
      const started = threadClockMs();
      const result = scanBatch(options.scanner, { id: 0, files: files.slice(i, i + BATCH_FILES), maxFileSize: config.maxFileSize }, readTextFile);
      pace.ms += threadClockMs() - started;
      pace.bytes += result.bytes;
      if (fingerprints && result.findings.length > 0) preparing.push(prepareFingerprints(result.findings));
      take(result);
    }
  };
  const msPerByte = () => (pace.ms >= PACE_AFTER_MS && pace.bytes > 0 ? pace.ms / pace.bytes : undefined);
  const threads = options.jobs ?? defaultJobs();
  const script = threads > 1 ? workerScript() : undefined;
  const onSkip = (s: SkippedFile) => run.skipped.push(s);
  const walk = new WalkAhead(walkPaths(options.root, options.paths, { config, logger, noIgnore: options.noIgnore, onSkip }), LOOKAHEAD_BYTES, LOOKAHEAD_FILES);
  let pool: ScanPool | undefined;
  const startPool = (script: string) => {
    run.workers = threads - 1;
    return new ScanPool(script, config, options.scanner.options, run.workers, fingerprints, take, (reason) => logger.warn(`a scan worker stopped (${reason}); its files are scanned on the main thread`));
  };
  if (script && options.jobs !== undefined) pool = startPool(script);
  try {
    for (walk.fill(); !walk.empty; walk.fill()) {
      const perByte = msPerByte();
      if (!pool && script && (!walk.done || (perByte !== undefined && walk.bytes * perByte >= POOL_WORTH_MS))) pool = startPool(script);
      let bytes = perByte === undefined ? FIRST_BATCH_BYTES : Math.min(MAX_BATCH_BYTES, Math.max(MIN_BATCH_BYTES, BATCH_MS / perByte));
      // The last batches are split between the threads, so that none waits long for another.
      if (pool && walk.done) bytes = Math.min(bytes, Math.max(MIN_BATCH_BYTES, walk.bytes / (2 * threads)));
      const toWorker = pool?.hasRoom() ?? false;
      // The main thread scans half a batch at a time while there is a pool, to come back and feed it sooner.
      const batch = walk.take(pool && !toWorker ? bytes / 2 : bytes, BATCH_FILES);
      if (!toWorker || !pool?.offer(batch, config.maxFileSize)) inProcess(batch);
      // The walk is synchronous: let the event loop hear the workers (ready, results) between batches.
      if (pool) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (pool) for (const lost of await pool.drain()) inProcess(lost);
    await Promise.all(preparing);
  } finally {
    await pool?.terminate();
  }
  return run;
}
