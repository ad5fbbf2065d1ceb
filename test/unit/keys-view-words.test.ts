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
  assert.equal(words({ rotated: '2026-08-19T09:00:00Z', rotationDays: 90 }), 'overdue by 5 days');
  assert.equal(words({ rotated: '2026-08-23T09:00:00Z', rotationDays: 90 }), 'overdue by 1 day');
});

test('a key with time left is "due in N days", "due tomorrow" or "due today"', () => {
  assert.equal(words({ rotated: '2026-11-04T09:00:00Z', rotationDays: 30 }), 'due in 12 days');
  assert.equal(words({ rotated: '2026-10-24T09:00:00Z', rotationDays: 30 }), 'due tomorrow');
  assert.equal(words({ rotated: '2026-10-23T18:00:00Z', rotationDays: 30 }), 'due today');
});

test('the rotation period falls back to the given default, then 90 days', () => {
  const key = sidebarKey({ rotated: '2026-11-01T00:00:00Z', rotationDays: undefined });
  assert.equal(keyItem(key, now).description, 'due in 69 days');
  assert.equal(keyItem(key, now, { defaultRotationDays: 30 }).description, 'due in 9 days');
});

test('an expired key says how long ago it expired, even when rotation is not due yet', () => {
  const item = keyItem(sidebarKey({ rotated: '2026-11-01T00:00:00Z', expires: '2026-11-19T00:00:00Z' }), now);
  assert.equal(item.state, 'expired');
  assert.equal(item.description, 'expired 3 days ago');
});

test('a rotating key says when the old key is revoked, with the year only when it differs', () => {
  assert.equal(
    words({ status: 'rotating', revokePreviousAfter: '2026-12-03T00:00:00Z' }),
    'rotating, old key revoked on 3 Dec',
  );
  assert.equal(
    words({ status: 'rotating', revokePreviousAfter: '2027-01-04T00:00:00Z' }),
    'rotating, old key revoked on 4 Jan 2027',
  );
  assert.equal(
    words({ status: 'rotating', revokePreviousAfter: '2026-11-20T00:00:00Z' }),
    'rotating, overlap ended 20 Nov: finish it',
  );
});

test('suspended and revoked keys say so instead of a due date', () => {
  const suspended = keyItem(sidebarKey({ status: 'suspended', rotated: '2020-01-01T00:00:00Z' }), now);
  assert.deepEqual([suspended.state, suspended.description, suspended.dueDate], ['suspended', 'suspended', undefined]);
  const revoked = keyItem(sidebarKey({ status: 'revoked' }), now);
  assert.equal(revoked.state, 'revoked');
  assert.match(revoked.description, /^revoked/);
});

test('each item carries a contextValue naming its state, for the menus', () => {
  assert.equal(keyItem(sidebarKey({ rotated: '2026-08-19T09:00:00Z' }), now).contextValue, 'key.overdue');
  assert.equal(keyItem(sidebarKey({ rotated: '2026-11-20T09:00:00Z' }), now).contextValue, 'key.ok');
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
