import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysUntil, defaultRotationDays, dueDate, dueState } from '../../server/vault/due';
import type { KeyRecord } from '../../server/vault/inventory';

const now = new Date('2026-11-22T12:00:00.000Z');
const key = (over: Partial<{ rotated: string; rotationDays: number; expires: string; status: 'active' | 'rotating' | 'suspended' | 'revoked'; exposed: KeyRecord['exposed'] }>) =>
  ({ rotated: '2026-10-01T00:00:00.000Z', rotationDays: 90, status: 'active' as const, ...over });

test('due date is rotated + rotationDays, or expires when sooner', () => {
  assert.equal(dueDate(key({})).toISOString(), '2026-12-30T00:00:00.000Z');
  assert.equal(dueDate(key({ expires: '2026-12-01T00:00:00.000Z' })).toISOString(), '2026-12-01T00:00:00.000Z');
  assert.equal(dueDate(key({ expires: '2027-06-01T00:00:00.000Z' })).toISOString(), '2026-12-30T00:00:00.000Z');
});

test('states at a fixed clock', () => {
  assert.equal(dueState(key({}), now), 'ok');
  assert.equal(dueState(key({ rotated: '2026-08-30T00:00:00.000Z' }), now), 'due-soon'); // due 28 Nov
  assert.equal(dueState(key({ rotated: '2026-08-30T00:00:00.000Z' }), now, { dueSoonDays: 3 }), 'ok');
  assert.equal(dueState(key({ rotated: '2026-08-01T00:00:00.000Z' }), now), 'overdue');
  assert.equal(dueState(key({ expires: '2026-11-22T11:59:59.000Z' }), now), 'expired');
  assert.equal(dueState(key({ rotated: '2026-01-01T00:00:00.000Z', status: 'rotating' }), now), 'rotating');
  assert.equal(dueState(key({ status: 'suspended' }), now), 'suspended');
  assert.equal(dueState(key({ status: 'revoked' }), now), 'revoked');
  // Committed to git: exposed above every date state, until a rotation clears it; not while suspended or revoked.
  const exposed = { firstCommit: 'abc1234', firstSeen: '2026-01-01T00:00:00.000Z', commits: 1, files: ['a.ts'] };
  assert.equal(dueState(key({ exposed }), now), 'exposed');
  assert.equal(dueState(key({ exposed, rotated: '2026-01-01T00:00:00.000Z' }), now), 'exposed');
  assert.equal(dueState(key({ exposed, status: 'revoked' }), now), 'revoked');
});

test('days until, and rotation defaults by environment', () => {
  assert.equal(daysUntil(new Date('2026-11-27T12:00:00.000Z'), now), 5);
  assert.equal(daysUntil(new Date('2026-11-17T12:00:00.000Z'), now), -5);
  // calendar days: later today is 0, early tomorrow is 1, whatever the hours between
  assert.equal(daysUntil(new Date('2026-11-22T23:00:00.000Z'), now), 0);
  assert.equal(daysUntil(new Date('2026-11-23T01:00:00.000Z'), now), 1);
  assert.equal(defaultRotationDays('development'), 90);
  assert.equal(defaultRotationDays('production', { defaultDays: 60, productionDays: 30 }), 30);
  assert.equal(defaultRotationDays('staging', { defaultDays: 60, productionDays: 30 }), 60);
  // A provider's own period applies where it is stricter than the project's.
  assert.equal(defaultRotationDays('development', {}, 'GitHub'), 30);
  assert.equal(defaultRotationDays('production', { defaultDays: 365 }, 'AWS'), 90);
  assert.equal(defaultRotationDays('production', { defaultDays: 60, productionDays: 14 }, 'GitHub'), 14);
  assert.equal(defaultRotationDays('development', {}, 'Stripe'), 90);
  assert.equal(defaultRotationDays('development', {}, 'constructor'), 90);
});
