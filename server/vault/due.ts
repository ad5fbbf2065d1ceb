// Rotation due dates and display states. Pure functions of the key and a clock, so views and tests pass `now`.
import type { KeyRecord } from './inventory';
import type { DueState } from '../shared/keys-view-types';

export const DEFAULT_ROTATION_DAYS = 90;
export const DEFAULT_DUE_SOON_DAYS = 14;
const DAY_MS = 86_400_000;

export interface DueOptions {
  /** "Due soon" means due within this many days (default 14, `rotation.dueSoonDays` in the config). */
  dueSoonDays?: number;
}

type Dated = Pick<KeyRecord, 'rotated' | 'rotationDays' | 'expires'>;

/** When the key must be rotated: `rotated + rotationDays`, or `expires` when that comes first. */
export function dueDate(key: Dated): Date {
  const due = new Date(Date.parse(key.rotated) + key.rotationDays * DAY_MS);
  if (key.expires) {
    const expires = new Date(key.expires);
    if (expires < due) return expires;
  }
  return due;
}

/**
 * The state to show: the status when it is not active, else exposed (committed to git: rotate now, whatever
 * the date), expired / overdue / due soon / ok at `now`.
 */
export function dueState(key: Dated & Pick<KeyRecord, 'status'> & Partial<Pick<KeyRecord, 'exposed'>>, now: Date, opts: DueOptions = {}): DueState {
  if (key.status !== 'active') return key.status;
  if (key.exposed) return 'exposed';
  if (key.expires && Date.parse(key.expires) <= now.getTime()) return 'expired';
  const due = dueDate(key).getTime();
  if (due <= now.getTime()) return 'overdue';
  if (due - now.getTime() <= (opts.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS) * DAY_MS) return 'due-soon';
  return 'ok';
}

/**
 * Calendar days (UTC) from `now` to `date`: positive ahead, negative past, 0 the same day. Calendar days, not
 * elapsed 24-hour periods, so a 90-day key rotated today is "due in 90 days", as its due date reads.
 */
export function daysUntil(date: Date, now: Date): number {
  const day = (d: Date) => Math.floor(d.getTime() / DAY_MS);
  return day(date) - day(now);
}

/** Providers' own guidance on a key's lifetime, in days, by provider name (lower case); others get the project's. */
export const PROVIDER_ROTATION_DAYS: ReadonlyMap<string, number> = new Map([
  ['aws', 90], // AWS Security Hub control IAM.3: access keys rotated every 90 days or less
  ['google cloud', 90], // Google Cloud / CIS GCP 1.7: service account keys rotated every 90 days or less
  ['github', 30], // the expiration GitHub proposes for a new personal access token
  ['azure devops', 30], // the expiration Azure DevOps proposes for a new personal access token
]);

/**
 * The rotation period for a new key: the project's default (its production default for production keys), or
 * the provider's own period where that is shorter: the stricter of the two policies.
 */
export function defaultRotationDays(environment: string, rotation: { defaultDays?: number; productionDays?: number } = {}, provider = ''): number {
  const project = environment === 'production' && rotation.productionDays ? rotation.productionDays : rotation.defaultDays ?? DEFAULT_ROTATION_DAYS;
  const own = PROVIDER_ROTATION_DAYS.get(provider.toLowerCase());
  return own ? Math.min(own, project) : project;
}

/** Whether a state needs someone to act (the report and `keys list --due`). */
export function needsAction(state: DueState): boolean {
  return state === 'exposed' || state === 'overdue' || state === 'expired' || state === 'due-soon';
}
