// The detection commands' chunk (dist/cli-detection.js): what `keywarden scan` loads, and no more.
import { commandRunner } from '../run-command';
import { scanCommand } from '../scan';
import { baselineCommand } from '../baseline-command';

export const run = commandRunner([scanCommand, baselineCommand]);
