// The platform provider rules: each rule's own samples, its shape and the checksum helpers (linear time on
// adversarial lines: engine-linear.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { matchRule } from '../../server/detect/match-rule';
import type { Rule } from '../../server/detect/rule';
import { base62, crc32, hasCrc32Base62Checksum } from '../../server/detect/rules/checksum';
import { ageRules } from '../../server/detect/rules/age';
import { algoliaRules } from '../../server/detect/rules/algolia';
import { alibabaRules } from '../../server/detect/rules/alibaba';
import { anthropicRules } from '../../server/detect/rules/anthropic';
import { artifactoryRules } from '../../server/detect/rules/artifactory';
import { atlassianRules } from '../../server/detect/rules/atlassian';
import { awsRules } from '../../server/detect/rules/aws';
import { azureRules } from '../../server/detect/rules/azure';
import { bitbucketRules } from '../../server/detect/rules/bitbucket';
import { buildkiteRules } from '../../server/detect/rules/buildkite';
import { circleciRules } from '../../server/detect/rules/circleci';
import { clickhouseRules } from '../../server/detect/rules/clickhouse';
import { clojarsRules } from '../../server/detect/rules/clojars';
import { cloudflareRules } from '../../server/detect/rules/cloudflare';
import { cohereRules } from '../../server/detect/rules/cohere';
import { cratesIoRules } from '../../server/detect/rules/crates-io';
import { databricksRules } from '../../server/detect/rules/databricks';
import { datadogRules } from '../../server/detect/rules/datadog';
import { digitaloceanRules } from '../../server/detect/rules/digitalocean';
import { dockerRules } from '../../server/detect/rules/docker';
import { dopplerRules } from '../../server/detect/rules/doppler';
import { dynatraceRules } from '../../server/detect/rules/dynatrace';
import { fastlyRules } from '../../server/detect/rules/fastly';
import { flyioRules } from '../../server/detect/rules/flyio';
import { gcpRules } from '../../server/detect/rules/gcp';
import { githubRules } from '../../server/detect/rules/github';
import { gitlabRules } from '../../server/detect/rules/gitlab';
import { googleRules } from '../../server/detect/rules/google';
import { grafanaRules } from '../../server/detect/rules/grafana';
import { groqRules } from '../../server/detect/rules/groq';
import { harnessRules } from '../../server/detect/rules/harness';
import { herokuRules } from '../../server/detect/rules/heroku';
import { huggingfaceRules } from '../../server/detect/rules/huggingface';
import { infracostRules } from '../../server/detect/rules/infracost';
import { linearRules } from '../../server/detect/rules/linear';
import { netlifyRules } from '../../server/detect/rules/netlify';
import { newrelicRules } from '../../server/detect/rules/newrelic';
import { notionRules } from '../../server/detect/rules/notion';
import { npmRules } from '../../server/detect/rules/npm';
import { nugetRules } from '../../server/detect/rules/nuget';
import { octopusDeployRules } from '../../server/detect/rules/octopus-deploy';
import { oktaRules } from '../../server/detect/rules/okta';
import { onepasswordRules } from '../../server/detect/rules/onepassword';
import { openaiRules } from '../../server/detect/rules/openai';
import { openshiftRules } from '../../server/detect/rules/openshift';
import { perplexityRules } from '../../server/detect/rules/perplexity';
import { planetscaleRules } from '../../server/detect/rules/planetscale';
import { postmanRules } from '../../server/detect/rules/postman';
import { prefectRules } from '../../server/detect/rules/prefect';
import { pulumiRules } from '../../server/detect/rules/pulumi';
import { pypiRules } from '../../server/detect/rules/pypi';
import { readmeRules } from '../../server/detect/rules/readme';
import { replicateRules } from '../../server/detect/rules/replicate';
import { rubygemsRules } from '../../server/detect/rules/rubygems';
import { scalingoRules } from '../../server/detect/rules/scalingo';
import { sentryRules } from '../../server/detect/rules/sentry';
import { snykRules } from '../../server/detect/rules/snyk';
import { sonarqubeRules } from '../../server/detect/rules/sonarqube';
import { sourcegraphRules } from '../../server/detect/rules/sourcegraph';
import { supabaseRules } from '../../server/detect/rules/supabase';
import { terraformRules } from '../../server/detect/rules/terraform';
import { vaultRules } from '../../server/detect/rules/vault';
import { vercelRules } from '../../server/detect/rules/vercel';
import { xaiRules } from '../../server/detect/rules/xai';
import { samplesOf } from '../support/rule-samples';

const platformRules: Rule[] = [
  ...awsRules,
  ...githubRules,
  ...gitlabRules,
  ...googleRules,
  ...gcpRules,
  ...azureRules,
  ...openaiRules,
  ...anthropicRules,
  ...huggingfaceRules,
  ...npmRules,
  ...pypiRules,
  ...dockerRules,
  ...digitaloceanRules,
  ...herokuRules,
  ...cloudflareRules,
  ...datadogRules,
  ...newrelicRules,
  ...sentryRules,
  ...atlassianRules,
  ...linearRules,
  ...notionRules,
  ...postmanRules,
  ...vaultRules,
  ...onepasswordRules,
  ...dopplerRules,
  ...terraformRules,
  ...pulumiRules,
  ...vercelRules,
  ...netlifyRules,
  ...supabaseRules,
  ...grafanaRules,
  ...databricksRules,
  ...oktaRules,
  ...alibabaRules,
  ...fastlyRules,
  ...ageRules,
  ...algoliaRules,
  ...bitbucketRules,
  ...groqRules,
  ...replicateRules,
  ...perplexityRules,
  ...xaiRules,
  ...rubygemsRules,
  ...nugetRules,
  ...cratesIoRules,
  ...buildkiteRules,
  ...prefectRules,
  ...planetscaleRules,
  ...sourcegraphRules,
  ...circleciRules,
  ...snykRules,
  ...flyioRules,
  ...openshiftRules,
  ...infracostRules,
  ...clojarsRules,
  ...clickhouseRules,
  ...readmeRules,
  ...scalingoRules,
  ...dynatraceRules,
  ...octopusDeployRules,
  ...artifactoryRules,
  ...harnessRules,
  ...sonarqubeRules,
  ...cohereRules,
];

const ctx = (text: string) => ({ text, path: 'src/config.ts' });
const hits = (rule: Rule, text: string) => matchRule(rule, ctx(text));

test('crc32 matches zlib and known vectors', () => {
  assert.equal(crc32(''), 0);
  assert.equal(crc32('123456789'), 0xcbf43926);
  assert.equal(crc32('The quick brown fox jumps over the lazy dog'), 0x414fa339);
  const zcrc = (zlib as unknown as { crc32?: (s: string) => number }).crc32;
  if (zcrc) for (const s of ['a', 'ghp_', 'XOOr4lLzPDMyRA4NHfADM9WaoghAhA']) assert.equal(crc32(s), zcrc(s));
});

test('base62 encodes with 0-9A-Za-z and pads', () => {
  assert.equal(base62(0, 6), '000000');
  assert.equal(base62(61), 'z');
  assert.equal(base62(62), '10');
  assert.equal(base62(0xffffffff), '4gfFC3');
  assert.throws(() => base62(-1));
});

test('GitHub/npm checksum: a constructed token passes, any altered character fails', () => {
  const random = 'Zk3pQ9wXv2LmT7rBn4Yc8Hd1Fs6Ga0';
  const token = random + base62(crc32(random), 6);
  assert.equal(token.length, 36);
  assert.ok(hasCrc32Base62Checksum(token));
  for (const i of [0, 15, 29, 30, 35]) {
    const swapped = token.slice(0, i) + (token[i] === 'a' ? 'b' : 'a') + token.slice(i + 1);
    assert.ok(!hasCrc32Base62Checksum(swapped), `position ${i}`);
  }
  assert.ok(!hasCrc32Base62Checksum('abc'));
});

test('platform rule ids are unique kebab-case, patterns global, keywords lowercase', () => {
  const ids = new Set<string>();
  assert.ok(platformRules.length >= 32, `only ${platformRules.length} rules`);
  for (const rule of platformRules) {
    assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, rule.id);
    assert.ok(!ids.has(rule.id), `duplicate id ${rule.id}`);
    ids.add(rule.id);
    assert.ok(rule.pattern.global, `${rule.id} pattern is not global`);
    assert.ok(rule.keywords.length > 0, `${rule.id} has no keywords`);
    for (const k of rule.keywords) assert.equal(k, k.toLowerCase(), `${rule.id} keyword ${k}`);
    assert.match(rule.envVar, /^[A-Z][A-Z0-9_]*$/, `${rule.id} envVar`);
    assert.match(rule.docs ?? '', /^https:\/\//, `${rule.id} docs`);
    assert.ok(samplesOf(rule).tps.length >= 2 && samplesOf(rule).fps.length >= 3, `${rule.id} needs more samples`);
  }
});

for (const rule of platformRules) {
  test(`${rule.id}: true samples match, with a keyword present`, () => {
    for (const sample of samplesOf(rule).tps) {
      const lower = sample.toLowerCase();
      assert.ok(rule.keywords.some((k) => lower.includes(k)), `no keyword of ${rule.id} in: ${sample}`);
      const found = hits(rule, sample);
      assert.ok(found.length >= 1, `${rule.id} missed: ${sample}`);
      for (const f of found) {
        // The secret span is the value itself: no quotes, spaces or assignment around it.
        assert.equal(sample.slice(f.offset, f.endOffset), f.secret);
        assert.doesNotMatch(f.secret, /^["'`\s=:]|["'`\s]$/, `${rule.id} secret span: ${f.secret}`);
      }
    }
  });
  test(`${rule.id}: false samples do not match`, () => {
    for (const sample of samplesOf(rule).fps) {
      const found = hits(rule, sample);
      assert.equal(found.length, 0, `${rule.id} flagged: ${sample}`);
    }
  });
}

/** Start offsets of a rule's keywords in `text`, ascending, as the engine's keyword pass finds them. */
function keywordStarts(rule: Rule, text: string): number[] {
  const lower = text.toLowerCase();
  const starts = new Set<number>();
  for (const k of rule.keywords) for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) starts.add(i);
  return [...starts].sort((a, b) => a - b);
}

test('anchored rules find the same secrets when tried only at their keywords', () => {
  const anchored = platformRules.filter((r) => r.anchored);
  assert.ok(anchored.length >= 60, `${anchored.length} anchored`);
  for (const rule of anchored) {
    for (const sample of [...samplesOf(rule).tps, ...samplesOf(rule).fps]) {
      const spans = (found: ReturnType<typeof hits>) => found.map((f) => [f.offset, f.endOffset, f.verdict.confidence]);
      assert.deepEqual(spans(matchRule(rule, ctx(sample), keywordStarts(rule, sample))), spans(hits(rule, sample)), `${rule.id}: ${sample}`);
    }
  }
});

const confidenceOf = (rule: Rule, text: string) => {
  const found = hits(rule, text);
  assert.equal(found.length, 1, `${rule.id} on ${text}`);
  return found[0]!.verdict.confidence ?? rule.confidence ?? 'high';
};
const byId = (id: string) => platformRules.find((r) => r.id === id)!;

test('checksummed tokens: a valid checksum is high confidence, a broken one low', () => {
  const cases: [string, string, string][] = [
    ['github-pat', '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', 'ghp_XOOr4lLzPDMyRA4NHfADM9WaoghAhA3Igd3J'],
    ['github-oauth', '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', 'gho_C17EVylFk5dLol4tT5lHGSL6cIWoIX2TZQx2'],
    ['github-server-to-server', 'ghs_RxELH9NrWRc6ABiQ5FtvP47HXm5rlA19MINT', 'ghs_RxELH9NrWRc6ABiQ5FtvP47HXm5rlA19MINt'],
    ['npm-token', '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', 'npm_DD5iNSdwO9WAJa00SzC1jBjDpJNiiN4AyxHh'],
    ['age-secret-key', 'AGE-SECRET-KEY-1UPEVKJ0ARFYZK8NG8DYLMNUV4E0G7Q4MNNVZ3Y9J5X8TKSCT2KXQZDP4N9', 'AGE-SECRET-KEY-1UPEVKJ0ARFYZK8NG8DYLMNUV4E0G7Q4MNNVZ3Y9J5X8TKSCT2KXQZDP4NQ'],
  ];
  for (const [id, good, bad] of cases) {
    assert.equal(confidenceOf(byId(id), `TOKEN=${good}`), 'high', id);
    assert.equal(confidenceOf(byId(id), `TOKEN=${bad}`), 'low', id);
  }
  // A freshly constructed token, not one from the samples.
  const random = 'q8Wm2ZrT4kLp9XvB3nHc7Yd1Gs5Fa6';
  assert.equal(confidenceOf(byId('github-refresh-token'), `t = "ghr_${random}${base62(crc32(random), 6)}"`), 'high');
  // A valid checksum beats the placeholder heuristics: random tokens do sometimes contain "xxxx".
  const unlucky = 'Ab3xxxxQ9wXv2LmT7rBn4Yc8Hd1Fs6';
  assert.equal(confidenceOf(byId('github-pat'), `t = "ghp_${unlucky}${base62(crc32(unlucky), 6)}"`), 'high');
  assert.equal(hits(byId('github-pat'), `t = "ghp_${unlucky}000000"`).length, 0);
});

test('context decides the unprefixed and environment-specific kinds', () => {
  const secret = 'PJ17sBf+ikBNXiayK8hDoIQSyDClMdZVS7I6W7vh';
  const aws = byId('aws-secret-access-key');
  assert.equal(confidenceOf(aws, `aws_secret_access_key = ${secret}`), 'high');
  assert.equal(confidenceOf(aws, `pair = ["AKIAZ3FV3Y2DYSYR7LO5", "${secret}"]`), 'medium');
  assert.equal(hits(aws, `some_value = "${secret}" # aws`).length, 0);
  const pypi = hits(byId('pypi-token'), `TWINE_PASSWORD=${samplesOf(byId('pypi-token')).tps.at(-1)!.split('=')[1]}`);
  assert.equal(pypi[0]?.verdict.severity, 'warning');
  assert.equal(pypi[0]?.verdict.environment, 'test');
  const notion = byId('notion-integration-token');
  assert.equal(confidenceOf(notion, 'const notionKey = "secret_QhZ0TZScTY7KxMq3xRgOGbl3K3oxV3nUgH0Trvt5Wag";'), 'high');
  assert.equal(confidenceOf(notion, 'const key = "secret_QhZ0TZScTY7KxMq3xRgOGbl3K3oxV3nUgH0Trvt5Wag";'), 'medium');
});
