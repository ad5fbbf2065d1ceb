// The Keys view's due words and provider icons, against a fixed clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyItem } from '../../server/keys-view/build';
import { guessProvider, providerIcon } from '../../server/keys-view/provider-icons';
import { sidebarKey } from '../fixtures/sidebar/keys';

const now = new Date('2026-11-22T12:00:00Z');
const words = (overrides: Parameters<typeof sidebarKey>[0]) => keyItem(sidebarKey(overrides), now).description;

test('a key past its rotation date is "overdue by N days"', () => {
  // rotated 95 days ago with a 90-day period: due 5 days ago
  assert.equal(words({ rotated: '2026-08-19T12:00:00.000Z', rotationDays: 90 }), 'overdue by 5 days');
  assert.equal(words({ rotated: '2026-08-23T12:00:00.000Z', rotationDays: 90 }), 'overdue by 1 day');
  // due this morning: overdue, but not yet by a whole calendar day
  assert.equal(words({ rotated: '2026-08-24T08:00:00.000Z', rotationDays: 90 }), 'overdue since today');
  // due late yesterday: one calendar day, though fewer than 24 hours ago
  assert.equal(words({ rotated: '2026-08-23T20:00:00.000Z', rotationDays: 90 }), 'overdue by 1 day');
});

test('a key with time left is "due in N days", "due tomorrow" or "due today"', () => {
  assert.equal(words({ rotated: '2026-11-04T12:00:00.000Z', rotationDays: 30 }), 'due in 12 days');
  assert.equal(words({ rotated: '2026-10-24T12:00:00.000Z', rotationDays: 30 }), 'due tomorrow');
  assert.equal(words({ rotated: '2026-10-23T18:00:00.000Z', rotationDays: 30 }), 'due today');
});

test('an expired key says how long ago it expired, even when rotation is not due yet', () => {
  const item = keyItem(sidebarKey({ rotated: '2026-11-01T00:00:00.000Z', expires: '2026-11-19T12:00:00.000Z' }), now);
  assert.equal(item.state, 'expired');
  assert.equal(item.description, 'expired 3 days ago');
  assert.equal(item.dueDate, '2026-11-19');
});

test('a rotating key says when the old key is revoked, with the year only when it differs', () => {
  const rotating = (revokeAfter: string) =>
    words({ status: 'rotating', previous: { fingerprint: 'sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f9', revokeAfter } });
  assert.equal(rotating('2026-12-03T00:00:00.000Z'), 'rotating: finish by 3 Dec to revoke the old key');
  assert.equal(rotating('2027-01-04T00:00:00.000Z'), 'rotating: finish by 4 Jan 2027 to revoke the old key');
  assert.equal(rotating('2026-11-20T00:00:00.000Z'), 'rotating, overlap ended 20 Nov: finish it');
});

test('suspended and revoked keys say so instead of a due date', () => {
  const suspended = keyItem(sidebarKey({ status: 'suspended', rotated: '2020-01-01T00:00:00.000Z' }), now);
  assert.deepEqual([suspended.state, suspended.description, suspended.dueDate], ['suspended', 'suspended', undefined]);
  const revoked = keyItem(sidebarKey({ status: 'revoked', revoked: { at: '2026-11-02T09:30:00.000Z', reason: 'leaked' } }), now);
  assert.deepEqual([revoked.state, revoked.description], ['revoked', 'revoked on 2 Nov']);
});

test('each item carries a contextValue naming its state, for the menus', () => {
  assert.equal(keyItem(sidebarKey({ rotated: '2026-08-19T12:00:00.000Z' }), now).contextValue, 'key.overdue');
  assert.equal(keyItem(sidebarKey({ rotated: '2026-08-30T12:00:00.000Z' }), now).contextValue, 'key.due-soon');
  assert.equal(keyItem(sidebarKey({ rotated: '2026-11-20T12:00:00.000Z' }), now).contextValue, 'key.ok');
  assert.equal(keyItem(sidebarKey({ status: 'rotating' }), now).contextValue, 'key.rotating');
  assert.equal(keyItem(sidebarKey({ status: 'revoked' }), now).contextValue, 'key.revoked');
});

test('providers map to a codicon of their family, unknown ones to key', () => {
  assert.equal(providerIcon('Stripe'), 'credit-card');
  assert.equal(providerIcon('stripe-live'), 'credit-card');
  assert.equal(providerIcon('AWS S3'), 'cloud');
  assert.equal(providerIcon('GitHub'), 'github');
  assert.equal(providerIcon('OpenAI'), 'sparkle');
  assert.equal(providerIcon('SendGrid'), 'mail');
  assert.equal(providerIcon('Acme Internal'), 'key');
  assert.equal(providerIcon(''), 'key');
});

test('a provider is guessed from a variable name when a known one is in it', () => {
  assert.equal(guessProvider('STRIPE_SECRET_KEY'), 'stripe');
  assert.equal(guessProvider('NEXT_PUBLIC_OPENAI_KEY'), 'openai');
  assert.equal(guessProvider('DATABASE_URL'), 'database');
  assert.equal(guessProvider('SESSION_SECRET'), 'unknown');
});
