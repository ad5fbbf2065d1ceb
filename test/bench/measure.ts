// Timing and memory of child processes and in-process work, for the bench.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { at } from '../support/defined';

export interface ChildRun {
  code: number | null;
  wallMs: number;
  /** Peak resident memory of the child, in MB (threads included). */
  peakRssMB: number;
  /** CPU time of the child (user + system), in ms; only with /usr/bin/time. */
  cpuMs?: number;
  stdout: string;
  stderr: string;
  /** Killed after the time limit. */
  timedOut: boolean;
}

const TIME = '/usr/bin/time';

/**
 * Runs a command to completion and reports its wall time and peak RSS (and CPU time): `/usr/bin/time -f %M`
 * when present, else by sampling VmHWM in /proc/<pid>/status (the kernel's own high-water mark) every 50 ms.
 */
export function runChild(cmd: string, args: string[], cwd: string, timeoutMs = 600_000, env?: NodeJS.ProcessEnv): Promise<ChildRun> {
  const viaTime = existsSync(TIME);
  const marker = '@@peak-kb ';
  const [file, argv] = viaTime ? [TIME, ['-f', `${marker}%M %U %S`, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Its own process group, so that a timeout kills the command and not only /usr/bin/time.
    const child = spawn(file, argv, { cwd, env: env ? { ...process.env, ...env } : process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    }, timeoutMs);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    let sampledKB = 0;
    const sampler = viaTime ? undefined : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) sampledKB = Math.max(sampledKB, Number(m[1]));
      } catch {
        // The child has exited between samples.
      }
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      if (sampler) clearInterval(sampler);
      let stderr = Buffer.concat(err).toString();
      let peakKB = sampledKB;
      let cpuMs: number | undefined;
      const i = stderr.lastIndexOf(marker);
      if (viaTime && i >= 0) {
        const [kb = '0', user = '0', system = '0'] = stderr.slice(i + marker.length).trim().split(/\s+/);
        peakKB = Number(kb);
        cpuMs = (Number(user) + Number(system)) * 1000;
        stderr = stderr.slice(0, i);
      }
      resolve({ code, wallMs, peakRssMB: peakKB / 1024, cpuMs, stdout: Buffer.concat(out).toString(), stderr, timedOut });
    });
  });
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return at(sorted, Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)), 'the values');
}

export const mb = (bytes: number) => bytes / 1e6;
export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
