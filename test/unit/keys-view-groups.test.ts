// The Keys view's grouping, sorting, counts and tooltips, against a fixed clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKeysView } from '../../server/keys-view/build';
import { keyMarkdown } from '../../server/shared/key-markdown';
import { sidebarKey } from '../fixtures/sidebar/keys';
import { only } from '../support/defined';

const now = new Date('2026-11-22T12:00:00Z');

const inventory = [
  sidebarKey({ name: 'OPENAI_API_KEY', provider: 'openai', environment: 'development', rotated: '2026-11-01T00:00:00.000Z' }),
  sidebarKey({ name: 'STRIPE_SECRET_KEY', rotated: '2026-08-19T12:00:00.000Z' }), // overdue by 5 days
  sidebarKey({ name: 'AWS_SECRET_ACCESS_KEY', provider: 'aws', rotated: '2026-08-01T12:00:00.000Z' }), // overdue by 23
  sidebarKey({ name: 'SENDGRID_API_KEY', provider: 'sendgrid', environment: 'staging', rotated: '2026-08-30T00:00:00.000Z' }),
  sidebarKey({ name: 'GITHUB_TOKEN', provider: 'github', environment: 'ci', status: 'rotating', previous: { fingerprint: 'sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f9', revokeAfter: '2026-11-29T00:00:00.000Z' } }),
  sidebarKey({ name: 'LEGACY_TOKEN', provider: 'acme', environment: 'staging', status: 'revoked' }),
  sidebarKey({ name: 'PAUSED_KEY', provider: 'acme', environment: 'development', status: 'suspended' }),
  sidebarKey({ name: 'OLD_PARTNER_KEY', provider: 'acme', environment: 'production', expires: '2026-11-20T00:00:00.000Z' }),
  sidebarKey({ name: 'ANOTHER_STRIPE_KEY', rotated: '2026-08-19T12:00:00.000Z' }), // same due as STRIPE_SECRET_KEY
];

test('grouped by due state: most urgent group first, empty groups left out', () => {
  const view = buildKeysView(inventory, now);
  assert.equal(view.groupBy, 'state');
  assert.deepEqual(
    view.groups.map((g) => [g.label, g.items.map((i) => i.name)]),
    [
      ['Expired', ['OLD_PARTNER_KEY']],
      ['Overdue', ['AWS_SECRET_ACCESS_KEY', 'ANOTHER_STRIPE_KEY', 'STRIPE_SECRET_KEY']],
      ['Due soon', ['SENDGRID_API_KEY']],
      ['Rotating', ['GITHUB_TOKEN']],
      ['OK', ['OPENAI_API_KEY']],
      ['Suspended', ['PAUSED_KEY']],
      ['Revoked', ['LEGACY_TOKEN']],
    ],
  );
  assert.equal(view.overdueCount, 4);
  assert.equal(view.dueSoonCount, 1);
});

test('the due-soon window is configurable', () => {
  const wide = buildKeysView(inventory, now, { dueSoonDays: 70 });
  assert.deepEqual(wide.groups.find((g) => g.id === 'state:due-soon')?.items.map((i) => i.name), [
    'SENDGRID_API_KEY',
    'OPENAI_API_KEY',
  ]);
  const none = buildKeysView(inventory, now, { dueSoonDays: 0 });
  assert.equal(none.groups.find((g) => g.id === 'state:due-soon'), undefined);
});

test('grouped by environment: production, staging, development, then custom ones; urgent first inside', () => {
  const view = buildKeysView(inventory, now, { groupBy: 'environment' });
  assert.deepEqual(
    view.groups.map((g) => [g.id, g.items.map((i) => i.name)]),
    [
      ['environment:production', ['OLD_PARTNER_KEY', 'AWS_SECRET_ACCESS_KEY', 'ANOTHER_STRIPE_KEY', 'STRIPE_SECRET_KEY']],
      ['environment:staging', ['SENDGRID_API_KEY', 'LEGACY_TOKEN']],
      ['environment:development', ['OPENAI_API_KEY', 'PAUSED_KEY']],
      ['environment:ci', ['GITHUB_TOKEN']],
    ],
  );
});

test('an empty inventory gives no groups and no counts', () => {
  assert.deepEqual(buildKeysView([], now), { groupBy: 'state', groups: [], exposedCount: 0, overdueCount: 0, dueSoonCount: 0 });
});

test('the tooltip lists the metadata and never a value', () => {
  const item = only(only(buildKeysView([sidebarKey({ lastUsed: undefined })], now).groups, 'group').items, 'key');
  assert.deepEqual(
    item.tooltip.map((f) => f.label),
    ['Owner', 'Service', 'Purpose', 'Scope', 'Environment', 'Rotation', 'Storage', 'Fingerprint', 'Created', 'Rotated', 'Last used'],
  );
  const field = (label: string) => item.tooltip.find((f) => f.label === label)?.value;
  assert.equal(field('Storage'), 'OS keychain');
  assert.equal(field('Rotation'), 'every 90 days');
  assert.equal(field('Rotated'), '2026-10-01');
  assert.equal(field('Last used'), 'never recorded');
  const md = keyMarkdown(item);
  assert.match(md, /\*\*STRIPE\\_SECRET\\_KEY\*\*/);
  assert.match(md, /due in 38 days/);
  assert.match(md, /\| Owner \| payments-team \|/);
});
