// This thread's CPU time, for pacing decisions that must not depend on how busy the machine is: on a shared
// machine the wall clock also counts the time other processes held the core. Linux says it to the
// nanosecond in /proc/thread-self/schedstat; elsewhere the wall clock stands in.
import { readFileSync } from 'node:fs';

let procAvailable = process.platform === 'linux';

/** Milliseconds of CPU this thread has run (Linux), or of wall-clock time (elsewhere): only differences mean anything. */
export function threadClockMs(): number {
  if (procAvailable) {
    try {
      return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ', 1)[0]) / 1e6;
    } catch {
      procAvailable = false;
    }
  }
  return performance.now();
}
