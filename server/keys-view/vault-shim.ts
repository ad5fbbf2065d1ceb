// TEMPORARY: the vault's inventory entry and due state, until server/vault lands; then this file goes.
import type { DueStateName } from './types';

export interface KeyEntry {
  name: string;
  provider: string;
  environment: string;
  owner?: string;
  service?: string;
  purpose?: string;
  scope?: string[];
  storage: 'keychain' | 'dotenv';
  fingerprint?: string;
  created: string;
  rotated?: string;
  rotationDays?: number;
  expires?: string;
  lastUsed?: string;
  status: 'active' | 'rotating' | 'suspended' | 'revoked';
  previousFingerprint?: string;
  revokePreviousAfter?: string;
  revoked?: string;
}

export interface DueOptions { dueSoonDays?: number; defaultRotationDays?: number }

export function dueDate(key: KeyEntry, opts: DueOptions = {}): Date {
  const base = new Date(key.rotated ?? key.created);
  const due = new Date(base.getTime() + (key.rotationDays ?? opts.defaultRotationDays ?? 90) * 86_400_000);
  if (key.expires && new Date(key.expires) < due) return new Date(key.expires);
  return due;
}

export function dueState(key: KeyEntry, now: Date, opts: DueOptions = {}): DueStateName {
  if (key.status === 'revoked') return 'revoked';
  if (key.status === 'suspended') return 'suspended';
  if (key.status === 'rotating') return 'rotating';
  if (key.expires && new Date(key.expires) <= now) return 'expired';
  const due = dueDate(key, opts);
  if (due <= now) return 'overdue';
  if (due.getTime() - now.getTime() <= (opts.dueSoonDays ?? 14) * 86_400_000) return 'dueSoon';
  return 'ok';
}
