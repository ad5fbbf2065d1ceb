// From inventory entries to the Keys view: items with their due words, sorted most urgent first, in groups.
import { isoDay } from '../shared/dates';
import { dueWords } from './due-words';
import { providerIcon } from './provider-icons';
import { tooltipFields } from './tooltip';
import { dueDate, dueState, type DueOptions } from '../vault/due';
import type { KeyRecord } from '../vault/inventory';
import { dueStates, type DueState, type GroupBy, type KeyGroup, type KeyItem, type KeysView } from '../shared/keys-view-types';

export interface ViewOptions extends DueOptions {
  groupBy?: GroupBy;
}

const stateGroups: Record<DueState, { label: string; icon: string }> = {
  exposed: { label: 'Exposed: rotate now', icon: 'flame' },
  expired: { label: 'Expired', icon: 'error' },
  overdue: { label: 'Overdue', icon: 'warning' },
  'due-soon': { label: 'Due soon', icon: 'clock' },
  rotating: { label: 'Rotating', icon: 'sync' },
  ok: { label: 'OK', icon: 'pass' },
  suspended: { label: 'Suspended', icon: 'debug-pause' },
  revoked: { label: 'Revoked', icon: 'circle-slash' },
};

/** Well-known environments first, in this order; custom ones after them, alphabetically. */
const environmentOrder = ['production', 'staging', 'development'];

export function keyItem(key: KeyRecord, now: Date, opts: DueOptions = {}): KeyItem {
  const state = dueState(key, now, opts);
  const hasDue = state !== 'revoked' && state !== 'suspended';
  return {
    kind: 'key',
    name: key.name,
    environment: key.environment,
    provider: key.provider,
    state,
    description: dueWords(key, state, now),
    icon: providerIcon(key.provider),
    contextValue: `key.${state}`,
    dueDate: hasDue ? isoDay(dueDate(key)) : undefined,
    tooltip: tooltipFields(key),
  };
}

/** Most urgent first: by state, then the earliest due date, then the name. */
export function compareItems(a: KeyItem, b: KeyItem): number {
  return (
    dueStates.indexOf(a.state) - dueStates.indexOf(b.state) ||
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
    a.name.localeCompare(b.name)
  );
}

export function buildKeysView(keys: KeyRecord[], now: Date, opts: ViewOptions = {}): KeysView {
  const groupBy = opts.groupBy ?? 'state';
  const items = keys.map((k) => keyItem(k, now, opts)).sort(compareItems);
  const groups = groupBy === 'state' ? byState(items) : byEnvironment(items);
  return {
    groupBy,
    groups,
    exposedCount: items.filter((i) => i.state === 'exposed').length,
    overdueCount: items.filter((i) => i.state === 'overdue' || i.state === 'expired').length,
    dueSoonCount: items.filter((i) => i.state === 'due-soon').length,
  };
}

function byState(items: KeyItem[]): KeyGroup[] {
  return dueStates
    .map((state) => ({
      kind: 'group' as const,
      id: `state:${state}`,
      ...stateGroups[state],
      items: items.filter((i) => i.state === state),
    }))
    .filter((g) => g.items.length > 0);
}

function byEnvironment(items: KeyItem[]): KeyGroup[] {
  const rank = (env: string) => {
    const i = environmentOrder.indexOf(env);
    return i < 0 ? environmentOrder.length : i;
  };
  const envs = [...new Set(items.map((i) => i.environment))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return envs.map((env) => ({
    kind: 'group' as const,
    id: `environment:${env}`,
    label: env,
    icon: env === 'production' ? 'globe' : 'folder',
    items: items.filter((i) => i.environment === env),
  }));
}
