// Cloudflare: API tokens (40 characters) and Global API keys (37 hex) carry no prefix, so they are only
// reported under a Cloudflare-ish name; Origin CA keys have their own `v1.0-` layout.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses, looksLikePlaceholder } from './shape';
import { snippets, tokenRule } from './token-rule';

const NAME = 'cloudflare|cf[_.-]?api|cf[_.-]?(?:account[_.-]?)?token';
const TOKEN = 'h7bFy9Asf-UNbRYR9BAYP-tBAj3BfCfaS1gnA9zM';
const GLOBAL = 'db191c6fef3516079b201f732d32e7109c0dc';
const ORIGIN_CA =
  'v1.0-8bb6b6257d367a3c4e2221a4-929b417a8419dbd47a64f83e885579e11b0e868dad9ec2759cb0cc305efc23a2c77934015eadf8adae6c8d5305238d97d3056c35eed0e817ebe67d3a027947b5ee8fe6971557e8c169';

export const cloudflareApiToken = defineRule({
  id: 'cloudflare-api-token',
  provider: 'Cloudflare',
  description: 'Cloudflare API token',
  keywords: ['cloudflare', 'cf_api', 'cf-api', 'cfapi', 'cf_token', 'cf_account_token'],
  pattern: new RegExp(assigned(NAME, '[\\w-]{40}'), 'gi'),
  envVar: 'CLOUDFLARE_API_TOKEN',
  minEntropy: 3.8,
  docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/',
  validate: (secret) => (charClasses(secret) === 3 && !looksLikePlaceholder(secret) ? {} : false),
  samples: {
    tps: [
      `CLOUDFLARE_API_TOKEN=${TOKEN}`,
      `const cloudflareToken = "${TOKEN}";`,
      `cloudflare_api_token = "${TOKEN}"`,
      `CF_API_TOKEN: ${TOKEN}`,
    ],
    fps: [
      'CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}',
      `CLOUDFLARE_ZONE_ID=${GLOBAL.slice(0, 32)}`,
      `CLOUDFLARE_API_TOKEN=${'x'.repeat(40)}`,
      `const commit = "${'3f9a2c1e0b7d6c5a4b3928170f6e5d4c3b2a1908'}"; // cloudflare`,
      'CLOUDFLARE_API_TOKEN=your-cloudflare-api-token-goes-here-1234',
    ],
  },
});

export const cloudflareGlobalApiKey = defineRule({
  id: 'cloudflare-global-api-key',
  provider: 'Cloudflare',
  description: 'Cloudflare Global API key',
  keywords: ['cloudflare', 'cf_api', 'cf-api', 'cfapi'],
  pattern: new RegExp(assigned('cloudflare|cf[_.-]?api|cf[_.-]?auth', '[a-f0-9]{37}'), 'gi'),
  envVar: 'CLOUDFLARE_API_KEY',
  minEntropy: 3.3,
  docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/keys/',
  validate: (secret) => (looksLikePlaceholder(secret) ? false : {}),
  samples: {
    tps: [`CLOUDFLARE_API_KEY=${GLOBAL}`, `cf_api_key: "${GLOBAL}"`, `$cloudflareKey = '${GLOBAL}';`],
    fps: ['CLOUDFLARE_API_KEY=${CF_KEY}', `CLOUDFLARE_API_KEY=${GLOBAL.slice(0, 32)}`, `CLOUDFLARE_API_KEY=${'0'.repeat(37)}`],
  },
});

export const cloudflareOriginCaKey = tokenRule({
  id: 'cloudflare-origin-ca-key',
  provider: 'Cloudflare',
  description: 'Cloudflare Origin CA key',
  keywords: ['v1.0-'],
  pattern: /\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b/g,
  envVar: 'CLOUDFLARE_ORIGIN_CA_KEY',
  docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/',
  prefixLength: 5,
  samples: {
    tps: snippets(ORIGIN_CA, 'CLOUDFLARE_ORIGIN_CA_KEY'),
    fps: [
      `CLOUDFLARE_ORIGIN_CA_KEY=${ORIGIN_CA.slice(0, 120)}`,
      'CLOUDFLARE_ORIGIN_CA_KEY=v1.0-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxx',
      'CLOUDFLARE_ORIGIN_CA_KEY=${CLOUDFLARE_ORIGIN_CA_KEY}',
    ],
  },
});

export const cloudflareRules = [cloudflareApiToken, cloudflareGlobalApiKey, cloudflareOriginCaKey];
