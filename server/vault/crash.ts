// Test-only crash points: `KEYWARDEN_TEST_CRASH_AT=<point>` kills the process with SIGKILL at that step,
// so tests can show that an operation interrupted anywhere loses no value and converges when re-run.
export type CrashPoint = 'after-previous' | 'after-store' | 'after-inventory' | 'after-delete';

export function crashPoint(point: CrashPoint): void {
  if (process.env.KEYWARDEN_TEST_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}
