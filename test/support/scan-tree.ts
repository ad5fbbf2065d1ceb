// A scan of files and folders the way `keywarden scan` does it (walk, read → skip → scan), in process.
import { runScan, type ScanRun } from '../../server/cli/scan-files';
import type { KeywardenConfig } from '../../server/detect/config';
import { createScanner } from '../../server/detect/scanner';
import type { Logger } from '../../server/log';

export function scanTree(root: string, paths: string[], options: { config: KeywardenConfig; logger: Logger }): Promise<ScanRun> {
  return runScan({ root, paths, config: options.config, scanner: createScanner(options.config), logger: options.logger, jobs: 1 });
}
