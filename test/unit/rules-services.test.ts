// The "services" provider rules: each rule's own true/false samples and its shape (linear time: engine-linear.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID, createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchRule } from '../../server/detect/match-rule';
import type { Rule } from '../../server/detect/rule';
import { providerRules } from '../../server/detect/rules';
import * as slack from '../../server/detect/rules/slack';
import * as stripe from '../../server/detect/rules/stripe';
import * as twilio from '../../server/detect/rules/twilio';
import * as sendgrid from '../../server/detect/rules/sendgrid';
import * as mailgun from '../../server/detect/rules/mailgun';
import * as mailchimp from '../../server/detect/rules/mailchimp';
import * as shopify from '../../server/detect/rules/shopify';
import * as square from '../../server/detect/rules/square';
import * as braintree from '../../server/detect/rules/braintree';
import * as discord from '../../server/detect/rules/discord';
import * as telegram from '../../server/detect/rules/telegram';
import * as twitter from '../../server/detect/rules/twitter';
import * as facebook from '../../server/detect/rules/facebook';
import * as postmark from '../../server/detect/rules/postmark';
import * as plaid from '../../server/detect/rules/plaid';
import * as mapbox from '../../server/detect/rules/mapbox';
import * as firebase from '../../server/detect/rules/firebase';
import * as dropbox from '../../server/detect/rules/dropbox';
import * as figma from '../../server/detect/rules/figma';
import * as airtable from '../../server/detect/rules/airtable';
import * as asana from '../../server/detect/rules/asana';
import * as contentful from '../../server/detect/rules/contentful';
import * as brevo from '../../server/detect/rules/brevo';
import * as intercom from '../../server/detect/rules/intercom';
import * as zendesk from '../../server/detect/rules/zendesk';
import * as coinbase from '../../server/detect/rules/coinbase';
import * as privateKey from '../../server/detect/rules/private-key';
import * as jwt from '../../server/detect/rules/jwt';
import * as dbConnectionString from '../../server/detect/rules/db-connection-string';
import * as urlCredentials from '../../server/detect/rules/url-credentials';
import * as microsoftTeams from '../../server/detect/rules/microsoft-teams';
import * as resend from '../../server/detect/rules/resend';
import * as woocommerce from '../../server/detect/rules/woocommerce';
import * as flutterwave from '../../server/detect/rules/flutterwave';
import * as shippo from '../../server/detect/rules/shippo';
import * as easypost from '../../server/detect/rules/easypost';
import * as typeform from '../../server/detect/rules/typeform';
import { samplesOf } from '../support/rule-samples';

const modules: Record<string, unknown>[] = [
  slack, stripe, twilio, sendgrid, mailgun, mailchimp, shopify, square, braintree, discord, telegram, twitter, facebook, postmark, plaid, mapbox, firebase, dropbox, figma, airtable, asana, contentful, brevo, intercom, zendesk, coinbase,
  privateKey, jwt, dbConnectionString, urlCredentials,
  microsoftTeams, resend, woocommerce, flutterwave, shippo, easypost, typeform,
];
const isRule = (v: unknown): v is Rule => typeof v === 'object' && v !== null && 'pattern' in v && 'envVar' in v;
const rules: Rule[] = modules.flatMap((m) => Object.values(m).filter(isRule));


function run(rule: Rule, text: string) {
  return matchRule(rule, { text, path: 'sample.ts' });
}

/** The one match of `id` in `text` (asserting there is exactly one). */
function only(id: string, text: string) {
  const rule = rules.find((r) => r.id === id)!;
  const found = run(rule, text);
  assert.equal(found.length, 1, `${id} in ${text}`);
  return found[0]!;
}

describe('services rule verdicts', () => {
  it('tells Stripe live keys (errors) from test keys (warnings)', () => {
    const live = only('stripe-secret-key', 'STRIPE_SECRET_KEY=sk_live_aZTL52yn6zVOIuhiKuCQCLlP');
    assert.deepEqual([live.verdict.environment, live.verdict.severity], ['live', 'error']);
    const test = only('stripe-secret-key', 'STRIPE_SECRET_KEY=sk_test_aZTL52yn6zVOIuhiKuCQCLlP');
    assert.deepEqual([test.verdict.environment, test.verdict.severity, test.verdict.description], ['test', 'warning', 'Stripe test secret key']);
  });

  it('takes the whole PEM block as the secret, and marks encrypted keys as warnings', () => {
    const rule = rules.find((r) => r.id === 'private-key')!;
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
    const unsigned = samplesOf(rules.find((r) => r.id === 'jwt')!).tps[3]!;
    assert.equal(only('jwt', unsigned).verdict.confidence, 'low');
  });

  it('reports a Telegram token only with telegram/bot context', () => {
    const token = '6592596883:AAu_Em0rk3-SX4jRK9S3gKyHdtj1ssTvqAJ';
    assert.equal(only('telegram-bot-token', `TELEGRAM_TOKEN=${token}`).secret, token);
    assert.equal(run(rules.find((r) => r.id === 'telegram-bot-token')!, `bot\nvalue=${token}`).length, 0);
  });
});

describe('services rules', () => {
  it('are all registered in the index', () => {
    const registered = new Set(providerRules);
    for (const rule of rules) assert.ok(registered.has(rule), `${rule.id} is not in rules/index.ts`);
  });

  it('have unique kebab-case ids, lowercase keywords, global patterns, docs and env vars', () => {
    const ids = new Set<string>();
    for (const rule of rules) {
      assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, rule.id);
      assert.ok(!ids.has(rule.id), `duplicate id ${rule.id}`);
      ids.add(rule.id);
      assert.ok(rule.pattern.global, `${rule.id}: pattern is not global`);
      // With any capturing group, the secret must be the named one: group 1 would otherwise win silently.
      if (/\((?!\?)|\(\?<(?![=!])/.test(rule.pattern.source)) assert.match(rule.pattern.source, /\(\?<secret>/, `${rule.id}: name the secret group`);
      assert.ok(rule.keywords.length > 0, `${rule.id}: no keywords`);
      for (const k of rule.keywords) assert.equal(k, k.toLowerCase(), `${rule.id}: keyword ${k} not lowercase`);
      assert.match(rule.envVar, /^[A-Z][A-Z0-9_]*$/, `${rule.id}: envVar`);
      assert.match(rule.docs ?? '', /^https:\/\//, `${rule.id}: docs link`);
      assert.ok(samplesOf(rule).tps.length > 0 && samplesOf(rule).fps.length > 0, `${rule.id}: needs true and false samples`);
    }
    assert.ok(rules.length >= 30, `only ${rules.length} services rules`);
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('finds every true sample, and its keyword prefilter lets it through', () => {
        for (const sample of samplesOf(rule).tps) {
          assert.ok(rule.keywords.some((k) => sample.toLowerCase().includes(k)), `no keyword in: ${sample}`);
          assert.ok(run(rule, sample).length >= 1, `missed: ${sample}`);
        }
      });

      it('finds nothing in any false sample', () => {
        for (const sample of samplesOf(rule).fps) {
          assert.deepEqual(run(rule, sample).map((m) => m.secret.length), [], `false positive in: ${sample}`);
        }
      });

    });
  }
});

/** Every service rule over `text`, through the keyword prefilter as the engine runs it. */
function findAll(text: string, path: string) {
  const lower = text.toLowerCase();
  return rules
    .filter((rule) => rule.keywords.some((k) => lower.includes(k)))
    .flatMap((rule) => matchRule(rule, { text, path }).map(() => `${rule.id} in ${path}`));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

/** Start offsets of a rule's keywords in `text`, ascending, as the engine's keyword pass reports them. */
function keywordStarts(rule: Rule, text: string): number[] {
  const lower = text.toLowerCase();
  const starts = new Set<number>();
  for (const k of rule.keywords) for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) starts.add(i);
  return [...starts].sort((a, b) => a - b);
}

describe('anchored services rules', () => {
  it('find the same secrets when tried only where their keywords start', () => {
    const anchored = rules.filter((r) => r.anchored);
    assert.ok(anchored.length >= 40, `${anchored.length} anchored`);
    for (const rule of anchored) {
      for (const sample of [...samplesOf(rule).tps, ...samplesOf(rule).fps]) {
        const ctx = { text: sample, path: 'sample.ts' };
        const spans = (found: ReturnType<typeof run>) => found.map((f) => [f.offset, f.endOffset, f.verdict.severity]);
        assert.deepEqual(spans(matchRule(rule, ctx, keywordStarts(rule, sample))), spans(run(rule, sample)), `${rule.id}: ${sample}`);
      }
    }
  });
});

/** A seeded generator (mulberry32), so the random tokens below are the same on every run. */
function seeded(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

describe('services rules on fresh random tokens', () => {
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
      const rule = rules.find((r) => r.id === id)!;
      const missed = Array.from({ length: 300 }, make).filter((text) => run(rule, text).length === 0);
      assert.deepEqual(missed, []);
    });
  }
});

describe('services rules on traps', () => {
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

  it("find nothing in real code: this project's installed TypeScript, zod and secretlint", () => {
    const roots = ['typescript/lib', 'zod', '@secretlint'].map((d) => join(__dirname, '../../node_modules', d));
    const found = roots.flatMap(filesUnder).flatMap((file) => findAll(readFileSync(file, 'utf8'), file));
    assert.deepEqual(found, []);
  });
});
