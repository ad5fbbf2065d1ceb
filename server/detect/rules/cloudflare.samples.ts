import type { RuleSamples } from '../rule';
import { snippets } from './support/sample-snippets';

const TOKEN = 'h7bFy9Asf-UNbRYR9BAYP-tBAj3BfCfaS1gnA9zM';
const GLOBAL = 'db191c6fef3516079b201f732d32e7109c0dc';
const ORIGIN_CA =
  'v1.0-8bb6b6257d367a3c4e2221a4-929b417a8419dbd47a64f83e885579e11b0e868dad9ec2759cb0cc305efc23a2c77934015eadf8adae6c8d5305238d97d3056c35eed0e817ebe67d3a027947b5ee8fe6971557e8c169';

export const samples: RuleSamples = {
  'cloudflare-api-token': {
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
  'cloudflare-global-api-key': {
    tps: [`CLOUDFLARE_API_KEY=${GLOBAL}`, `cf_api_key: "${GLOBAL}"`, `$cloudflareKey = '${GLOBAL}';`],
    fps: ['CLOUDFLARE_API_KEY=${CF_KEY}', `CLOUDFLARE_API_KEY=${GLOBAL.slice(0, 32)}`, `CLOUDFLARE_API_KEY=${'0'.repeat(37)}`],
  },
  'cloudflare-origin-ca-key': {
    tps: snippets(ORIGIN_CA, 'CLOUDFLARE_ORIGIN_CA_KEY'),
    fps: [
      `CLOUDFLARE_ORIGIN_CA_KEY=${ORIGIN_CA.slice(0, 120)}`,
      'CLOUDFLARE_ORIGIN_CA_KEY=v1.0-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxx',
      'CLOUDFLARE_ORIGIN_CA_KEY=${CLOUDFLARE_ORIGIN_CA_KEY}',
    ],
  },
};
