// A test project's identity as keywarden created it (`.keywarden/project.json`): its keychain service and
// the fingerprint a value gets there.
import { basename } from 'node:path';
import { valueFingerprint } from '../../server/detect/fingerprint';
import { keychainService } from '../../server/vault/keychain';
import { ensureProjectIdentity, readProjectIdentity } from '../../server/vault/project-identity';

export function projectService(dir: string): string {
  const identity = readProjectIdentity(dir);
  if (!identity) throw new Error(`${dir} has no .keywarden/project.json yet`);
  return keychainService(basename(dir), identity.id);
}

export function projectFingerprint(dir: string, value: string): string {
  const identity = readProjectIdentity(dir);
  if (!identity) throw new Error(`${dir} has no .keywarden/project.json yet`);
  return valueFingerprint(value, identity.salt);
}

/** Gives `dir` its identity now (as keywarden's first keychain use would) and returns its keychain service. */
export function identify(dir: string): string {
  ensureProjectIdentity(dir);
  return projectService(dir);
}
