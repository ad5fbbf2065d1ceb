// What individual rules decide beyond matching: live vs test, the span taken as the secret, lowered confidence;
// fresh random tokens of each format; and traps (hashes, ids, real code) that no provider rule may flag.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID, createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchRule } from '../../server/detect/match-rule';
import type { Rule } from '../../server/detect/rule';
import { providerRules } from '../../server/detect/rules';
import { samplesOf } from '../support/rule-samples';
import { byId } from '../support/rules';

function run(rule: Rule, text: string) {
  return matchRule(rule, { text, path: 'sample.ts' });
}

/** The one match of `id` in `text` (asserting there is exactly one). */
function only(id: string, text: string) {
  const found = run(byId(id), text);
  assert.equal(found.length, 1, `${id} in ${text}`);
  return found[0]!;
}

describe('rule verdicts', () => {
  it('tells Stripe live keys (errors) from test keys (warnings)', () => {
    const live = only('stripe-secret-key', 'STRIPE_SECRET_KEY=sk_live_aZTL52yn6zVOIuhiKuCQCLlP');
    assert.deepEqual([live.verdict.environment, live.verdict.severity], ['live', 'error']);
    const test = only('stripe-secret-key', 'STRIPE_SECRET_KEY=sk_test_aZTL52yn6zVOIuhiKuCQCLlP');
    assert.deepEqual([test.verdict.environment, test.verdict.severity, test.verdict.description], ['test', 'warning', 'Stripe test secret key']);
  });

  it('takes the whole PEM block as the secret, and marks encrypted keys as warnings', () => {
    const rule = byId('private-key');
    const [ec, , , , encrypted] = samplesOf(rule).tps;
    const plain = only('private-key', ec!);
    assert.equal(plain.secret, ec!.trim());
    assert.equal(plain.verdict.severity, undefined);
    assert.equal(only('private-key', encrypted!).verdict.severity, 'warning');
  });

  it('takes only the password of a database URL, and lowers local passwords', () => {
    const remote = only('db-connection-string', 'DATABASE_URL=postgres://app:Zq8vR2nT6wLp4Ks9@db.prod.internal:5432/app');
    assert.equal(remote.secret, 'Zq8vR2nT6wLp4Ks9');
    assert.equal(remote.verdict.severity, undefined);
    const local = only('db-connection-string', 'DATABASE_URL=postgres://app:Zq8vR2nT6wLp4Ks9@localhost:5432/app');
    assert.deepEqual([local.verdict.severity, local.verdict.environment], ['warning', 'test']);
  });

  it('gives unsigned and expired JWTs low confidence', () => {
    const expired =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfOGYzazJtOXEiLCJpYXQiOjE2MDAwMDAwMDAsImV4cCI6MTYwMDAwMzYwMH0.evlaxepACOXHW7TE5Ujr_5t_nG4cgLgfIMGrwtW6GSs';
    assert.equal(only('jwt', `token = "${expired}"`).verdict.confidence, 'low');
    const unsigned = samplesOf(byId('jwt')).tps[3]!;
    assert.equal(only('jwt', unsigned).verdict.confidence, 'low');
  });

  it('reports a Telegram token only with telegram/bot context', () => {
    const token = '6592596883:AAu_Em0rk3-SX4jRK9S3gKyHdtj1ssTvqAJ';
    assert.equal(only('telegram-bot-token', `TELEGRAM_TOKEN=${token}`).secret, token);
    assert.equal(run(byId('telegram-bot-token'), `bot\nvalue=${token}`).length, 0);
  });
});

/** Every provider (non-generic) rule over `text`, through the keyword prefilter as the engine runs it. */
function findAll(text: string, path: string) {
  const lower = text.toLowerCase();
  return providerRules
    .filter((rule) => !rule.generic)
    .filter((rule) => rule.keywords.some((k) => lower.includes(k)))
    .flatMap((rule) => matchRule(rule, { text, path }).map(() => `${rule.id} in ${path}`));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

/** A seeded generator (mulberry32), so the random tokens below are the same on every run. */
function seeded(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

describe('rules on fresh random tokens', () => {
  const pick = seeded(20261122);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const of = (alphabet: string) => (n: number) => Array.from({ length: n }, () => alphabet[pick(alphabet.length)]).join('');
  const [b62, b64u, hex, digits] = [of(B62), of(B62 + '_-'), of('0123456789abcdef'), of('0123456789')];
  const formats: [string, () => string][] = [
    ['stripe-secret-key', () => `STRIPE_SECRET_KEY=sk_live_${b62(24 + pick(76))}`],
    ['slack-bot-token', () => `token: "xoxb-${digits(12)}-${digits(13)}-${b62(24)}"`],
    ['slack-webhook', () => `url = "https://hooks.slack.com/services/T${of('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')(10)}/B${of('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')(10)}/${b62(24)}"`],
    ['sendgrid-api-key', () => `SENDGRID_API_KEY=SG.${b64u(22)}.${b64u(43)}`],
    ['twilio-auth-token', () => `TWILIO_AUTH_TOKEN=${hex(32)}`],
    ['shopify-access-token', () => `accessToken: 'shpat_${hex(32)}'`],
    ['facebook-access-token', () => `FB_TOKEN=EAAG${b62(180)}`],
    ['figma-pat', () => `FIGMA_TOKEN=figd_${b64u(40)}`],
    ['airtable-pat', () => `apiKey: "pat${b62(14)}.${hex(64)}"`],
    ['brevo-api-key', () => `BREVO_API_KEY=xkeysib-${hex(64)}-${b62(16)}`],
    ['dropbox-access-token', () => `token = 'sl.${b64u(138)}'`],
    ['contentful-pat', () => `CONTENTFUL_TOKEN=CFPAT-${b64u(43)}`],
    ['resend-api-key', () => `RESEND_API_KEY=re_${b62(8)}_${b62(24)}`],
    ['easypost-api-key', () => `EASYPOST_API_KEY=EZAK${b62(54)}`],
    ['telegram-bot-token', () => `TELEGRAM_BOT_TOKEN=${1 + pick(9)}${digits(9)}:AA${b64u(33)}`],
    ['db-connection-string', () => `DATABASE_URL=postgres://app:${b62(12 + pick(20))}@db-${pick(99)}.prod.internal:5432/app`],
    ['url-credentials', () => `PIP_INDEX_URL=https://ci:${b62(12 + pick(20))}@pypi.corp.io/simple`],
    ['mailgun-api-key', () => `MAILGUN_API_KEY=key-${hex(32)}`],
    ['mailchimp-api-key', () => `MAILCHIMP_API_KEY=${hex(32)}-us${1 + pick(20)}`],
    ['square-access-token', () => `SQUARE_ACCESS_TOKEN=EAAA${b64u(60)}`],
    ['braintree-access-token', () => `BT=access_token$production$${of('abcdefghijklmnopqrstuvwxyz0123456789')(16)}$${hex(32)}`],
    ['plaid-access-token', () => `PLAID_ACCESS_TOKEN=access-production-${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`],
    ['asana-pat', () => `ASANA_TOKEN=2/${1 + pick(9)}${digits(15)}/${1 + pick(9)}${digits(15)}:${hex(32)}`],
    ['woocommerce-api-key', () => `consumerSecret: 'cs_${hex(40)}'`],
    ['shippo-api-token', () => `SHIPPO_API_TOKEN=shippo_live_${hex(40)}`],
    ['typeform-pat', () => `TYPEFORM_TOKEN=tfp_${of(B62 + '_-.')(59)}`],
    ['zendesk-api-token', () => `ZENDESK_API_TOKEN=${b62(40)}`],
    ['fcm-server-key', () => `FCM_SERVER_KEY=AAAA${b64u(7)}:APA91b${b64u(134)}`],
  ];
  for (const [id, make] of formats) {
    it(`${id}: finds all of 300`, () => {
      const rule = byId(id);
      const missed = Array.from({ length: 300 }, make).filter((text) => run(rule, text).length === 0);
      assert.deepEqual(missed, []);
    });
  }
});

describe('provider rules on traps', () => {
  it('find nothing in hashes, ids, integrity strings and encoded blobs', () => {
    const traps: string[] = [];
    for (let i = 0; i < 200; i++) {
      const bytes = randomBytes(64);
      traps.push(
        `"resolved": "https://registry.npmjs.org/x/-/x-1.0.${i}.tgz", "integrity": "sha512-${bytes.toString('base64')}"`,
        `commit ${createHash('sha1').update(bytes).digest('hex')} (sha256 ${createHash('sha256').update(bytes).digest('hex')})`,
        `{"id": "${randomUUID()}", "requestId": "${randomUUID()}", "etag": "${bytes.subarray(0, 16).toString('hex')}"}`,
        `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${randomBytes(600).toString('base64')}">`,
        `const digest = '${bytes.subarray(0, 16).toString('hex')}'; // md5 of the payload, key-${i}`,
        `url: https://cdn.example.org/assets/${bytes.subarray(0, 20).toString('base64url')}.js`,
      );
    }
    assert.deepEqual(findAll(traps.join('\n'), 'traps.txt'), []);
  });

  it("find nothing in real code but the one real-shaped key: this project's installed TypeScript, zod and secretlint", () => {
    const modules = join(__dirname, '../../node_modules');
    const roots = ['typescript/lib', 'zod', '@secretlint'].map((d) => join(modules, d));
    const found = roots.flatMap(filesUnder).flatMap((file) => findAll(readFileSync(file, 'utf8'), file).map((f) => f.replace(modules, '')));
    // secretlint's bundle carries a 1Password secret key sample (an emergency kit's "secretKey"): a true finding.
    const kit = '1password-secret-key in /@secretlint/secretlint-rule-preset-recommend/module/index.js';
    assert.deepEqual(found, [kit, `${kit}.map`]);
  });
});
