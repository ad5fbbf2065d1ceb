// Editor settings validation and the check scheduler's debounce.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CheckScheduler, type CheckRequest } from '../../server/lsp/scheduler';
import { defaultSettings, parseSettings, SettingsCache } from '../../server/lsp/settings';
import { defined } from '../support/defined';

describe('settings', () => {
  it('accepts valid values and fills defaults', () => {
    const { settings, problems } = parseSettings({ severity: { 'stripe-secret-key': 'off' }, exclude: ['dist/**'], keychain: { timeoutMs: 1500 } });
    assert.deepEqual(problems, []);
    assert.equal(settings.enable, true);
    assert.equal(settings.severity['stripe-secret-key'], 'off');
    assert.deepEqual(settings.exclude, ['dist/**']);
    assert.deepEqual(settings.keychain, { service: '', timeoutMs: 1500 });
    assert.equal(settings.generic.sensitivity, undefined, 'unset: config.json decides');
  });
  it('drops each bad value, names it, and keeps the good ones', () => {
    const { settings, problems } = parseSettings({ enable: 'yes', severity: { a: 'loud', b: 'hint' }, generic: { sensitivity: 'max' }, keychain: { timeoutMs: 10 } });
    assert.deepEqual(problems.map((p) => p.split(':')[0]), ['keywarden.enable', 'keywarden.severity.a', 'keywarden.generic.sensitivity', 'keywarden.keychain.timeoutMs']);
    assert.ok(problems.every((p) => p.endsWith('using the default')));
    assert.equal(settings.enable, true);
    assert.deepEqual(settings.severity, { b: 'hint' });
    assert.equal(settings.keychain.timeoutMs, defaultSettings.keychain.timeoutMs);
  });
  it('treats a missing section as the defaults', () => {
    assert.deepEqual(parseSettings(null), { settings: defaultSettings, problems: [] });
  });
  it('caches per resource until cleared, and reports a problem once', async () => {
    let fetches = 0;
    const reported: string[] = [];
    const cache = new SettingsCache(async () => { fetches++; return { enable: 1 }; }, (p) => reported.push(p));
    await cache.get('file:///a');
    await cache.get('file:///a');
    await cache.get('file:///b');
    assert.equal(fetches, 2);
    assert.equal(reported.length, 1);
    cache.clear();
    await cache.get('file:///a');
    assert.equal(fetches, 3);
    assert.equal(reported.length, 2, 'reported again after a configuration change');
  });
});

describe('check scheduler', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  it('checks the first edit at once and a burst once, after it settles, with only the newest current', async () => {
    const checks: CheckRequest[] = [];
    const scheduler = new CheckScheduler(async (r) => { checks.push(r); }, 300);
    const started = Date.now();
    scheduler.changed('u', 1);
    while (checks.length === 0 && Date.now() - started < 1000) await wait(1);
    assert.ok(Date.now() - started < 250, 'first edit after a pause: checked without the debounce delay');
    for (let v = 2; v <= 6; v++) scheduler.changed('u', v);
    await wait(100);
    assert.equal(checks.length, 1, 'nothing while typing');
    await wait(400);
    assert.deepEqual(checks.map((c) => c.version), [1, 6]);
    assert.equal(defined(checks[0], "checks[0]").isCurrent(), false);
    assert.equal(defined(checks[1], "checks[1]").isCurrent(), true);
    scheduler.changed('u', 7);
    assert.equal(defined(checks[1], "checks[1]").isCurrent(), false, 'a newer edit cancels the older check');
    scheduler.closed('u');
    await wait(400);
    assert.equal(checks.length, 2, 'closing cancels pending work');
  });
});
