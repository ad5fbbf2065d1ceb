// The `keywarden.*` settings: pulled from the client per resource, validated with zod at the edge.
// A bad value is reported by its setting name and replaced by its default; the rest still applies.
import * as z from 'zod';

const severityOverride = z.enum(['error', 'warning', 'info', 'hint', 'off']);

const schema = z.object({
  enable: z.boolean().default(true),
  /** Rule id → severity, or `off` to hide that rule in the editor. */
  severity: z.record(z.string(), severityOverride).default({}),
  /** Extra gitignore-style globs (relative to the workspace folder) not to check. */
  exclude: z.array(z.string()).default([]),
  /** Overrides `.keywarden/config.json`'s generic.sensitivity when set. */
  generic: z.object({ sensitivity: z.enum(['off', 'low', 'medium', 'high']).optional() }).default({}),
  keychain: z
    .object({
      /** Keychain service name; `keywarden:<project>` when empty. */
      service: z.string().default(''),
      timeoutMs: z.number().int().min(100).max(60_000).default(3000),
    })
    .default({ service: '', timeoutMs: 3000 }),
});

export type Settings = z.infer<typeof schema>;
export const defaultSettings: Settings = schema.parse({});

export interface ParsedSettings {
  settings: Settings;
  /** One line per bad value: `keywarden.severity.foo: …; using the default`. */
  problems: string[];
}

/** Validates raw settings; each invalid value is dropped (its default applies) and reported. */
export function parseSettings(raw: unknown): ParsedSettings {
  const input: unknown = raw && typeof raw === 'object' ? structuredClone(raw) : {};
  const problems: string[] = [];
  // Each round removes the values zod rejected; nesting is shallow, so a few rounds always suffice.
  for (let round = 0; round < 5; round++) {
    const result = schema.safeParse(input);
    if (result.success) return { settings: result.data, problems };
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      problems.push(`keywarden.${path.join('.')}: ${issue.message}; using the default`);
      removeAt(input as Record<string, unknown>, path);
    }
  }
  return { settings: defaultSettings, problems };
}

function removeAt(obj: Record<string, unknown>, path: string[]): void {
  if (path.length === 0) {
    for (const key of Object.keys(obj)) delete obj[key];
    return;
  }
  let node: unknown = obj;
  for (const key of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[key];
  }
  const last = path.at(-1);
  if (node && typeof node === 'object' && last !== undefined) delete (node as Record<string, unknown>)[last];
}

/**
 * Settings per resource URI, fetched lazily and cached until `clear()` (on didChangeConfiguration).
 * `fetch` asks the client; `report` hears each distinct problem once per configuration change.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly fetch: (uri: string) => Promise<unknown>,
    private readonly report: (problem: string) => void,
  ) {}

  get(uri: string): Promise<Settings> {
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.fetch(uri).then(
        (raw) => this.validate(raw),
        () => defaultSettings,
      );
      this.cache.set(uri, pending);
    }
    return pending;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.reported.clear();
  }

  private validate(raw: unknown): Settings {
    const { settings, problems } = parseSettings(raw);
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.report(problem);
    }
    return settings;
  }
}
