// A finding in a .env takes its severity from how git sees the file, as in the editor
// (server/shared/dotenv-hint.ts): a hint in a git-ignored .env scanned on purpose (--no-ignore, an explicit
// path), an error in a tracked one, the rule's own in one git does not ignore.
import { isDotenvPath } from '../detect/file-kind';
import { copyFinding } from '../detect/scanner';
import type { Finding } from '../detect/types';
import { dotenvSeverity, type DotenvStanding } from '../shared/dotenv-hint';
import { dotenvStanding } from '../vault/git';

/** `findings` with `file` relative to `root`. One git question per .env that has findings. */
export async function withDotenvSeverity(root: string, findings: Finding[]): Promise<Finding[]> {
  const standings = new Map<string, Promise<DotenvStanding>>();
  return Promise.all(findings.map(async (f) => {
    if (!isDotenvPath(f.file)) return f;
    let standing = standings.get(f.file);
    if (!standing) standings.set(f.file, (standing = dotenvStanding(root, f.file)));
    const severity = dotenvSeverity(await standing, f.severity);
    return severity === f.severity ? f : copyFinding(f, { severity });
  }));
}
