// What a secret in a .env means, said one way by the editor and the CLI. A git-ignored .env is where
// Keywarden's own "Move to .env" puts values: scanned on purpose, it is informational, a hint. A .env git
// tracks is a leak already (in the history). One git neither tracks nor ignores is a leak in waiting (one
// `git add .` away): it keeps its rule's severity.
import { plural } from './dates';

export const DOTENV_HINT = 'plain text on disk; the keychain is safer';

/** Where a .env stands with git (server/vault/git.ts `dotenvStanding` asks). */
export type DotenvStanding = 'ignored' | 'tracked' | 'unignored';

/** The severity of a finding in a .env (the engine's severity words). */
export function dotenvSeverity<S extends string>(standing: DotenvStanding, ruleSeverity: S): S | 'hint' | 'error' {
  return standing === 'ignored' ? 'hint' : standing === 'tracked' ? 'error' : ruleSeverity;
}

/** The message for `what` (the rule's description and the redacted value) in a .env. */
export function dotenvMessage(what: string, standing: DotenvStanding): string {
  if (standing === 'ignored') return `${what} in a git-ignored .env — ${DOTENV_HINT}`;
  if (standing === 'tracked') return `${what} is in a .env that git tracks — move it to the OS keychain, then untrack the file (git rm --cached) and rotate the key`;
  return `${what} is in a .env that git does not ignore — add the file to .gitignore, or move the value to the OS keychain`;
}

/** The summary line for `count` values in git-ignored .env files (status bar, scan message, CLI report). */
export function dotenvHintSummary(count: number): string {
  return `${plural(count, 'value')} in git-ignored .env files: ${DOTENV_HINT}`;
}
