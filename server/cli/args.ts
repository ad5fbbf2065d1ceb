// Argument parsing for every `keywarden` command: node:util parseArgs underneath, with errors a user can act
// on (a UserError, exit code 2, naming the option and pointing at `--help`) instead of Node's TypeErrors.
import { parseArgs } from 'node:util';
import { UserError } from '../errors';

export interface OptionDef {
  type: 'string' | 'boolean';
  short?: string;
  /** A string option given several times collects every value. */
  multiple?: boolean;
  /** Allowed values of a string option. */
  choices?: readonly string[];
  /**
   * Makes a string option's value optional: a bare `--baseline` means `--baseline=<implicit>`.
   * Only the inline form `--baseline=file` then sets another value, so `--baseline src/` keeps `src/` a path.
   */
  implicit?: string;
  /** Shown after the option in error messages, e.g. `<file>`. */
  valueName?: string;
}

export type OptionDefs = Record<string, OptionDef>;

export type ParsedValues<O extends OptionDefs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string;
};

export interface ParsedArgs<O extends OptionDefs> {
  values: ParsedValues<O>;
  positionals: string[];
}

export interface ParseOptions {
  /** Accept positional arguments (paths). Default true. */
  positionals?: boolean;
}

/**
 * Parses `args` for `keywarden <command>`. Unknown options, missing or bad values and unexpected positionals
 * throw a UserError whose hint names the closest known option and `keywarden <command> --help`.
 */
export function parseCommandArgs<O extends OptionDefs>(command: string, args: string[], defs: O, opts: ParseOptions = {}): ParsedArgs<O> {
  const help = `Run \`keywarden ${command} --help\` for the options.`;
  const shorts = new Map(Object.entries(defs).filter(([, d]) => d.short).map(([name, d]) => [d.short as string, name]));
  const { tokens } = parseArgs({
    args: expandImplicit(args, defs),
    options: Object.fromEntries(Object.entries(defs).map(([name, d]) => [name, d.short ? { type: d.type, short: d.short } : { type: d.type }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (opts.positionals === false) throw new UserError(`unexpected argument '${token.value}'`, `\`keywarden ${command}\` takes no paths. ${help}`);
      positionals.push(token.value);
      continue;
    }
    const name = shorts.get(token.name) ?? token.name;
    const def = defs[name];
    if (!def) throw new UserError(`unknown option '${token.rawName}'`, suggest(token.rawName, defs) + help);
    const shown = `--${name}`;
    if (def.type === 'boolean') {
      if (token.value !== undefined) throw new UserError(`option '${shown}' takes no value`, `Write '${shown}' alone. ${help}`);
      values[name] = true;
      continue;
    }
    const value = token.value;
    // parseArgs takes the next word as the value even when it is another option (`--format --staged`).
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) {
      throw new UserError(`option '${shown}' needs a value`, `Write '${shown} ${def.valueName ?? describeChoices(def) ?? '<value>'}'. ${help}`);
    }
    if (def.choices && !def.choices.includes(value)) {
      throw new UserError(`option '${shown}' must be one of ${def.choices.join(', ')} (got '${value}')`, help);
    }
    if (def.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else values[name] = value;
  }
  return { values: values as ParsedValues<O>, positionals };
}

/** A bare `--name` of an option with an implicit value becomes `--name=<implicit>` (up to `--`). */
function expandImplicit(args: string[], defs: OptionDefs): string[] {
  const end = args.indexOf('--');
  return args.map((arg, i) => {
    if (end !== -1 && i >= end) return arg;
    const def = arg.startsWith('--') ? defs[arg.slice(2)] : undefined;
    return def?.implicit !== undefined ? `${arg}=${def.implicit}` : arg;
  });
}

function describeChoices(def: OptionDef): string | undefined {
  return def.choices ? def.choices.join('|') : undefined;
}

/** "Did you mean '--format'?" for a near miss (edit distance ≤ 2, or a prefix), else ''. */
function suggest(raw: string, defs: OptionDefs): string {
  const given = raw.replace(/^-+/, '').replace(/=[\s\S]*/, '');
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of Object.keys(defs)) {
    const d = name.startsWith(given) && given.length >= 2 ? 1 : distance(given, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best ? `Did you mean '--${best}'? ` : '';
}

function distance(a: string, b: string): number {
  // Rows of b.length + 1 cells, read at 0..b.length: every read is of a cell already written.
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
