// Per project root: the `.keywarden/config.json`, the scanner built from it and the baseline, loaded the way
// the CLI loads them and reloaded when those files change: on didChangeWatchedFiles, and for clients without
// file watching, when a check sees their modification time or size changed.
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROJECT_PATH, readProjectIdentity } from '../vault/project-identity';
import { BASELINE_PATH, CONFIG_PATH, createScanner, defaultConfig, loadBaseline, loadConfig, type Baseline, type KeywardenConfig, type Scanner } from '../detect';
import { UserError } from '../errors';
import type { Logger } from '../log';
import { openVault, type Vault } from '../vault/vault';
import type { Settings } from './settings';

export interface Project {
  root: string;
  /** The keychain project: `project` in config.json, else the folder's name. */
  name: string;
  config: KeywardenConfig;
  baseline: Baseline;
  /** The scanner for a generic sensitivity (the editor setting may override config.json's). */
  scanner(sensitivity?: KeywardenConfig['generic']['sensitivity']): Scanner;
}

/**
 * The project's vault as the editor settings configure it: `keywarden.keychain.service` and `.timeoutMs`.
 * The quick fixes and the sidebar both open it here, so they store and read in the same keychain service.
 */
export function projectVault(project: Project, settings: Settings, dotenvFile?: string): Vault {
  const { defaultDays, productionDays, dueSoonDays } = project.config.rotation;
  return openVault({
    root: project.root,
    project: project.name,
    service: settings.keychain.service,
    rotation: { defaultDays, productionDays, dueSoonDays },
    keychainTimeoutMs: settings.keychain.timeoutMs,
    dotenvFile: dotenvFile ?? join(project.root, '.env'),
  });
}

export class Projects {
  private readonly projects = new Map<string, Project & { stamp: string }>();

  constructor(
    private readonly logger: Logger,
    /** Called once per load with a config/baseline problem (shown to the user). */
    private readonly report: (err: UserError) => void,
    /** Restricted Mode: the repository's own regexes (custom rules, allowlist regexes) are not run. */
    private readonly restricted: () => boolean = () => false,
  ) {}

  get(root: string): Project {
    const stamp = fileStamp(join(root, CONFIG_PATH)) + fileStamp(join(root, BASELINE_PATH)) + fileStamp(join(root, PROJECT_PATH));
    let project = this.projects.get(root);
    if (!project || project.stamp !== stamp) {
      project = { ...this.load(root), stamp };
      this.projects.set(root, project);
    }
    return project;
  }

  /** Drops cached state for `root` (or all roots): the next check reloads config and baseline. */
  invalidate(root?: string): void {
    if (root === undefined) this.projects.clear();
    else this.projects.delete(root);
  }

  /** `read()`, or `fallback()` when the file is wrong in a way the user must fix (and they are told). */
  private readOr<T>(read: () => T, fallback: () => T): T {
    try {
      return read();
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      this.report(err);
      return fallback();
    }
  }

  private load(root: string): Project {
    let config = this.readOr(() => loadConfig(root), defaultConfig);
    if (this.restricted() && (config.rules.length > 0 || config.allowlist.regexes.length > 0)) {
      this.logger.info(`Restricted Mode: ${root}'s custom rules and allowlist regexes wait for workspace trust`);
      config = { ...config, rules: [], allowlist: { ...config.allowlist, regexes: [] } };
    }
    const baseline = this.readOr<Baseline>(() => loadBaseline(root), () => ({ version: 1, fingerprints: [] }));
    const fingerprintSalt = this.readOr(() => readProjectIdentity(root)?.salt, () => undefined);
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
          scanner = createScanner(sensitivity ? { ...config, generic: { ...config.generic, sensitivity } } : config, { fingerprintSalt });
          scanners.set(key, scanner);
        }
        return scanner;
      },
    };
  }
}

/**
 * Changes when the file is written, created or deleted. Runs on every check, where most of these files do not
 * exist: a missing one returns undefined instead of throwing (an exception costs five times the stat).
 */
function fileStamp(path: string): string {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    return st ? `${st.mtimeMs}:${st.size};` : '-;';
  } catch {
    return '-;';
  }
}
