// `.keywarden/project.json`: the project's identity, created once and committed. The id keeps two projects
// apart in the keychain (folders named alike, `app`, `api`, never share a service); the salt keys every
// fingerprint the project writes (see server/detect/fingerprint.ts and SECURITY.md).
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { UserError } from '../errors';

export const PROJECT_PATH = '.keywarden/project.json';

const ProjectFile = z.object({
  version: z.literal(1),
  id: z.string().regex(/^[0-9a-f]{16,64}$/),
  salt: z.string().regex(/^[0-9a-f]{32,128}$/),
});
export type ProjectIdentity = z.infer<typeof ProjectFile>;

/** The identity, or undefined when the project has none yet. A malformed file is an error that says how to fix it. */
export function readProjectIdentity(root: string): ProjectIdentity | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, PROJECT_PATH), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${PROJECT_PATH}: ${(err as NodeJS.ErrnoException).code}`, 'check that it is a readable file');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const parsed = ProjectFile.safeParse(data);
  if (!parsed.success) {
    throw new UserError(`${PROJECT_PATH} is not a valid project identity`,
      'restore it from git (`git checkout -- .keywarden/project.json`); deleting it gives the project a new id, and its keychain entries and fingerprints would no longer be found');
  }
  return parsed.data;
}

/** The salt fingerprints are keyed with, when the project has an identity (scans never create one). */
export function fingerprintSalt(root: string): string | undefined {
  return readProjectIdentity(root)?.salt;
}

/**
 * The identity, created when missing. Creation is exclusive (a hard link of a complete temp file), so two
 * processes starting at once agree on one id. `created` says whether this call made it.
 */
export function ensureProjectIdentity(root: string): ProjectIdentity & { created: boolean } {
  const existing = readProjectIdentity(root);
  if (existing) return { ...existing, created: false };
  const identity: ProjectIdentity = { version: 1, id: randomBytes(8).toString('hex'), salt: randomBytes(16).toString('hex') };
  const file = join(root, PROJECT_PATH);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(join(root, '.keywarden'), { recursive: true });
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      writeSync(fd, JSON.stringify(identity, null, 2) + '\n');
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new UserError(`cannot create ${PROJECT_PATH}: ${(err as NodeJS.ErrnoException).code}`, 'check that the project folder is writable');
    }
    return { ...readProjectIdentity(root)!, created: false };
  } finally {
    try { unlinkSync(tmp); } catch { /* not created */ }
  }
  return { ...identity, created: true };
}

/**
 * Undoes a creation that nothing used (a keychain move that failed and was rolled back): the file, and
 * `.keywarden/` when that leaves it empty. Fingerprints go back to what the editor last showed.
 */
export function removeUnusedProjectIdentity(root: string): void {
  rmSync(join(root, PROJECT_PATH), { force: true });
  try {
    rmdirSync(join(root, '.keywarden'));
  } catch {
    // not empty: the inventory or config lives there too
  }
}
