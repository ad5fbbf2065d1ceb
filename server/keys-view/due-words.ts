// The due date in words, as the Keys view's description and the hover show it. The dates and day counts are
// the vault's (server/vault/due.ts), so the sidebar says what `keywarden keys list` says.
import { daysUntil, dueDate } from '../vault/due';
import type { DueState } from '../shared/keys-view-types';
import type { KeyRecord } from '../vault/inventory';
import { plural, shortDate } from '../shared/dates';

export function dueWords(key: KeyRecord, state: DueState, now: Date): string {
  switch (state) {
    case 'revoked':
      return key.revoked ? `revoked on ${shortDate(new Date(key.revoked.at), now)}` : 'revoked';
    case 'suspended':
      return 'suspended';
    case 'exposed':
      return exposedWords(key, now);
    case 'rotating':
      return rotatingWords(key, now);
    case 'expired': {
      const ago = -daysUntil(new Date(key.expires as string), now);
      return ago <= 0 ? 'expired today' : `expired ${plural(ago, 'day')} ago`;
    }
    default: {
      const days = daysUntil(dueDate(key), now);
      if (days < 0) return `overdue by ${plural(-days, 'day')}`;
      if (state === 'overdue') return 'overdue since today';
      if (days === 0) return 'due today';
      if (days === 1) return 'due tomorrow';
      return `due in ${plural(days, 'day')}`;
    }
  }
}

function rotatingWords(key: KeyRecord, now: Date): string {
  if (!key.previous) return 'rotating';
  const when = new Date(key.previous.revokeAfter);
  const on = shortDate(when, now);
  return when < now ? `rotating, overlap ended ${on}: finish it` : `rotating: finish by ${on} to revoke the old key`;
}

function exposedWords(key: KeyRecord, now: Date): string {
  const e = key.exposed!;
  return `committed to git on ${shortDate(new Date(e.firstSeen), now)} (${e.firstCommit.slice(0, 7)}): rotate now`;
}
