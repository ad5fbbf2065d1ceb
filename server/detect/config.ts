// `.keywarden/config.json`: the project's detection settings, validated with zod at the edge.
import { join, resolve } from 'node:path';
import * as z from 'zod';
import { readProjectFile } from '../bounded-read';
import { UserError } from '../errors';
import { describeJsonError } from './json-error';
import { compileUserRegex, defaultSettings } from './default-config';
import { CONFIG_PATH } from './project-paths';
import { backtrackingRisk } from './regex-safety';
import { providerRules } from './rules/index';

export { CONFIG_PATH, compileUserRegex };
/** Where the schema's defaults come from: one place for them, which the scan worker reads without zod. */
const defaults = defaultSettings();
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The schema, built on first use: building zod schemas costs tens of milliseconds of start-up, which a scan of a
 * project without a config file never needs.
 */
function buildSchema() {
  const severity = z.enum(['error', 'warning', 'info', 'hint']);

  const regexString = z.string().min(1).superRefine((src, ctx) => {
    try {
      compileUserRegex(src);
    } catch (err) {
      // V8 quotes the pattern (`/…/: Unterminated group`); keep only the reason, the pattern may hold a value.
      const reason = (err as Error).message.replace(/^Invalid regular expression: /, '').replace(/^\/.*\/[a-z]*: /s, '');
      ctx.addIssue({ code: 'custom', message: `a valid JavaScript regular expression (${reason})` });
      return;
    }
    const risk = backtrackingRisk(src.startsWith('(?i)') ? src.slice(4) : src);
    if (risk) ctx.addIssue({ code: 'custom', message: `a regular expression that runs in linear time (${risk})` });
  });

  const customRule = z.strictObject({
    id: z.string().regex(kebab, 'a kebab-case id such as "acme-api-key"'),
    description: z.string().optional(),
    regex: regexString,
    keywords: z.array(z.string().min(1)).optional(),
    severity: severity.optional(),
    envVar: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an UPPER_SNAKE_CASE variable name').optional(),
    /** Which capture group holds the secret: a number or a group name; default: `secret`, else 1, else all. */
    secretGroup: z.union([z.number().int().min(0), z.string().min(1)]).optional(),
  });

  return z.strictObject({
    /** Name used for the keychain service; defaults to the folder name where used. */
    project: z.string().min(1).optional(),
    rules: z.array(customRule).default(() => defaultSettings().rules),
    disabledRules: z.array(z.string()).default(() => defaultSettings().disabledRules),
    allowlist: z.strictObject({
      /** gitignore-style globs, relative to the project root; `{ "path", "reason" }` says why in the file itself. */
      paths: z.array(z.union([z.string(), z.strictObject({ path: z.string(), reason: z.string().min(1) })], {
        error: 'string (a glob) or { "path": glob, "reason": why }',
      }))
        .default([])
        .transform((paths) => paths.map((p) => (typeof p === 'string' ? p : p.path))),
      /** Matched against each secret value. */
      regexes: z.array(regexString).default([]),
      /** Values known not to be secrets (test fixtures): the exact value, or its `sha256:…` valueFingerprint. */
      values: z.array(z.string()).default([]),
    }).default(() => defaultSettings().allowlist),
    generic: z.strictObject({
      sensitivity: z.enum(['off', 'low', 'medium', 'high']).default(defaults.generic.sensitivity),
    }).default(() => defaultSettings().generic),
    /** Per-rule severity overrides. */
    severity: z.record(z.string(), severity).default(() => defaultSettings().severity),
    /** Files larger than this many bytes are skipped. */
    maxFileSize: z.number().int().positive().default(defaults.maxFileSize),
    /** Skip lock files, minified bundles and other generated files. */
    skipGenerated: z.boolean().default(defaults.skipGenerated),
    rotation: z.strictObject({
      defaultDays: z.number().int().positive().default(defaults.rotation.defaultDays),
      productionDays: z.number().int().positive().optional(),
      dueSoonDays: z.number().int().nonnegative().default(defaults.rotation.dueSoonDays),
    }).default(() => defaultSettings().rotation),
  }).superRefine((cfg, ctx) => {
    const builtIn = new Set(providerRules.map((r) => r.id));
    const seen = new Set<string>();
    cfg.rules.forEach((r, i) => {
      if (builtIn.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `an id that is not a built-in rule ("${r.id}" is one)` });
      else if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `a unique id ("${r.id}" appears twice)` });
      seen.add(r.id);
    });
  });
}
let schema: ReturnType<typeof buildSchema> | undefined;
const configSchema = () => (schema ??= buildSchema());
export type KeywardenConfig = z.infer<ReturnType<typeof buildSchema>>;

export function defaultConfig(): KeywardenConfig {
  return defaultSettings();
}

/** `rules[2].regex` from zod's path array. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(top level)';
}

interface SchemaNode { def?: { type: string; innerType?: SchemaNode; element?: SchemaNode; shape?: Record<string, SchemaNode> } }

/** The keys the schema allows at a path (for "unknown key" errors): walks objects, arrays and defaults. */
function allowedKeys(path: readonly PropertyKey[]): string[] {
  let node = configSchema() as unknown as SchemaNode;
  const unwrap = () => { while (node.def?.innerType && ['default', 'optional'].includes(node.def.type)) node = node.def.innerType; };
  unwrap();
  for (const p of path) {
    const next = typeof p === 'number' ? node.def?.element : node.def?.shape?.[String(p)];
    if (!next) return [];
    node = next;
    unwrap();
  }
  return Object.keys(node.def?.shape ?? {});
}

/** Validates an already-parsed value; `source` names the file in errors. */
export function parseConfig(value: unknown, source = CONFIG_PATH): KeywardenConfig {
  const result = configSchema().safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 5).map((issue) => {
    // A field of a custom rule (not its id): name the rule, which is what its author knows it by.
    const inRule = issue.path[0] === 'rules' && typeof issue.path[1] === 'number' && issue.path.length > 2 && issue.path[2] !== 'id';
    const rule = inRule ? ruleIdAt(value, issue.path[1] as number) : undefined;
    const where = formatIssuePath(issue.path) + (rule ? ` (rule "${rule}")` : '');
    const expected = issue.code === 'unrecognized_keys'
      ? `no unknown key (${issue.keys.map((k) => `"${k}"`).join(', ')}); allowed: ${allowedKeys(issue.path).join(', ')}`
      : issue.message.replace(/^Invalid \w+: /, '');
    return `${where}: expected ${expected.replace(/^expected /, '')}`;
  });
  return fail(source, lines.join('; '));
}

/** The id of custom rule `i` in a config value that failed validation, when it has a plain one. */
function ruleIdAt(value: unknown, i: number): string | undefined {
  const id = (value as { rules?: Array<{ id?: unknown }> } | null)?.rules?.[i]?.id;
  return typeof id === 'string' && kebab.test(id) ? id : undefined;
}

function fail(source: string, detail: string): never {
  const hint = source === CONFIG_PATH ? `Fix ${source} (or delete it to use the defaults).` : `Fix ${source}.`;
  throw new UserError(`${source} is invalid: ${detail}`, hint, 2);
}

/**
 * Reads `<root>/.keywarden/config.json` (a missing one means the defaults), or `file` when given (the CLI's
 * `--config`, relative to the current folder; it must exist).
 */
export function loadConfig(root: string, file?: string, cwd = process.cwd()): KeywardenConfig {
  const source = file ?? CONFIG_PATH;
  const raw = readProjectFile(file ? resolve(cwd, file) : join(root, CONFIG_PATH), source);
  if (raw === undefined) {
    if (!file) return defaultConfig();
    throw new UserError(`${source} could not be read (ENOENT)`, 'Check the path given to --config.', 2);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return fail(source, `not valid JSON (${describeJsonError(raw, err as Error)})`);
  }
  return parseConfig(value, source);
}
