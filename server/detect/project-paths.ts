// Where a project keeps its detection files: plain constants, so that the scan worker can name them without
// loading the zod schemas that read them (zod is most of that bundle, compiled again by every worker).
export const CONFIG_PATH = '.keywarden/config.json';
export const BASELINE_PATH = '.keywarden/baseline.json';
