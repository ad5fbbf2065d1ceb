// The key's metadata for the tooltip and the hover: the inventory entry, never a value.
import { isoDay } from '../shared/dates';
import { plural } from '../shared/dates';
import type { TooltipField } from '../shared/keys-view-types';
import type { KeyRecord } from '../vault/inventory';

const storageWords: Record<string, string> = { keychain: 'OS keychain', dotenv: '.env file' };

export function tooltipFields(key: KeyRecord): TooltipField[] {
  const day = (s?: string) => (s ? isoDay(new Date(s)) : undefined);
  const fields: Array<[string, string | undefined]> = [
    ['Owner', key.owner],
    ['Service', key.service],
    ['Purpose', key.purpose],
    ['Scope', key.scope.length ? key.scope.join(', ') : undefined],
    ['Environment', key.environment],
    ['Rotation', `every ${plural(key.rotationDays, 'day')}`],
    ['Storage', storageWords[key.storage] ?? key.storage],
    ['Fingerprint', key.fingerprint],
    ['Created', day(key.created)],
    ['Rotated', day(key.rotated)],
    ['Last used', day(key.lastUsed) ?? 'never recorded'],
  ];
  if (key.origin) fields.push(['Came from', `${key.origin.file}:${key.origin.line}`]);
  if (key.exposed) {
    const e = key.exposed;
    fields.unshift(['Exposed', `committed in ${e.firstCommit.slice(0, 7)} on ${day(e.firstSeen)} (${e.commits} commit${e.commits === 1 ? '' : 's'}: ${e.files.join(', ')}); rotate it`]);
  }
  return fields.map(([label, value]) => ({ label, value: value ?? '—' }));
}
