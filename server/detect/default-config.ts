// The settings of a project without `.keywarden/config.json`, and how a config's regexes compile: plain code,
// so that the scan worker has them without zod. config.ts's schema takes its defaults from here (and types
// them: `defaultConfig()` there), so they are written once.

/** The defaults, typed by their literals (KeywardenConfig is inferred from the schema that uses them). */
export function defaultSettings() {
  return {
    rules: [] as never[],
    disabledRules: [] as string[],
    allowlist: { paths: [] as string[], regexes: [] as string[], values: [] as string[] },
    generic: { sensitivity: 'medium' as const },
    severity: {} as Record<string, never>,
    maxFileSize: 1024 * 1024,
    skipGenerated: true,
    rotation: { defaultDays: 90, dueSoonDays: 14 },
  };
}

/** Compiles a user regex; a leading `(?i)` (gitleaks style) becomes the `i` flag. */
export function compileUserRegex(source: string, extraFlags = ''): RegExp {
  const insensitive = source.startsWith('(?i)');
  return new RegExp(insensitive ? source.slice(4) : source, extraFlags + (insensitive ? 'i' : ''));
}
