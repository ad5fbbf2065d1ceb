// The due date in words, as the Keys view's description and the hover show it.
import { daysFrom, plural, shortDate } from './dates';
import type { DueStateName } from './types';
import { dueDate, type DueOptions, type KeyEntry } from './vault-shim';

export function dueWords(key: KeyEntry, state: DueStateName, now: Date, opts: DueOptions = {}): string {
  switch (state) {
    case 'revoked':
      return key.revoked ? `revoked on ${shortDate(new Date(key.revoked), now)}` : 'revoked';
    case 'suspended':
      return 'suspended';
    case 'rotating':
      return rotatingWords(key, now);
    case 'expired': {
      const ago = -daysFrom(now, new Date(key.expires as string));
      return ago === 0 ? 'expired today' : `expired ${plural(ago, 'day')} ago`;
    }
    default: {
      const days = daysFrom(now, dueDate(key, opts));
      if (days < 0) return `overdue by ${plural(-days, 'day')}`;
      if (days === 0) return state === 'overdue' ? 'overdue since today' : 'due today';
      if (days === 1) return 'due tomorrow';
      return `due in ${plural(days, 'day')}`;
    }
  }
}

function rotatingWords(key: KeyEntry, now: Date): string {
  if (!key.revokePreviousAfter) return 'rotating';
  const when = new Date(key.revokePreviousAfter);
  const on = shortDate(when, now);
  return daysFrom(now, when) < 0 ? `rotating, overlap ended ${on}: finish it` : `rotating, old key revoked on ${on}`;
}
