// Per project root: the `.keywarden/config.json`, the scanner built from it and the baseline, loaded the way
// the CLI loads them and reloaded when those files change (didChangeWatchedFiles).
import { basename } from 'node:path';
import { loadConfig, defaultConfig, type KeywardenConfig } from '../detect/config';
import { createScanner, type Scanner } from '../detect/scanner';
import { loadBaseline, type Baseline } from '../detect/baseline';
import { UserError } from '../errors';
import type { Logger } from '../log';

export interface Project {
  root: string;
  /** The keychain project: `project` in config.json, else the folder's name. */
  name: string;
  config: KeywardenConfig;
  baseline: Baseline;
  /** The scanner for a generic sensitivity (the editor setting may override config.json's). */
  scanner(sensitivity?: KeywardenConfig['generic']['sensitivity']): Scanner;
}

export class Projects {
  private readonly projects = new Map<string, Project>();

  constructor(
    private readonly logger: Logger,
    /** Called once per load with a config/baseline problem (shown to the user). */
    private readonly report: (err: UserError) => void,
  ) {}

  get(root: string): Project {
    let project = this.projects.get(root);
    if (!project) {
      project = this.load(root);
      this.projects.set(root, project);
    }
    return project;
  }

  /** Drops cached state for `root` (or all roots): the next check reloads config and baseline. */
  invalidate(root?: string): void {
    if (root === undefined) this.projects.clear();
    else this.projects.delete(root);
  }

  private load(root: string): Project {
    let config: KeywardenConfig;
    try {
      config = loadConfig(root);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      this.report(err);
      config = defaultConfig();
    }
    let baseline: Baseline;
    try {
      baseline = loadBaseline(root);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      this.report(err);
      baseline = { version: 1, fingerprints: [] };
    }
    const scanners = new Map<string, Scanner>();
    this.logger.debug(`loaded project ${root}`);
    return {
      root,
      name: config.project ?? basename(root),
      config,
      baseline,
      scanner(sensitivity) {
        const key = sensitivity ?? config.generic.sensitivity;
        let scanner = scanners.get(key);
        if (!scanner) {
          scanner = createScanner(sensitivity ? { ...config, generic: { ...config.generic, sensitivity } } : config);
          scanners.set(key, scanner);
        }
        return scanner;
      },
    };
  }
}
