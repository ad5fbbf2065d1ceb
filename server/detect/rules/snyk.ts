// Snyk API tokens are bare UUIDs, so only reported under a Snyk name (SNYK_TOKEN, snykApiToken…).
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { looksLikePlaceholder } from './shape';

const TOKEN = '1e73f879-6a1b-4d7d-8c16-29fd4b92c1d1';

export const snykApiToken = defineRule({
  id: 'snyk-api-token',
  provider: 'Snyk',
  description: 'Snyk API token',
  keywords: ['snyk'],
  pattern: new RegExp(
    assigned('snyk[\\w.-]{0,20}?(?:token|key|secret)', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    'gi',
  ),
  envVar: 'SNYK_TOKEN',
  docs: 'https://docs.snyk.io/snyk-api/authentication-for-api',
  validate: (secret) => (looksLikePlaceholder(secret.replace(/-/g, '')) ? false : {}),
  samples: {
    tps: [`SNYK_TOKEN=${TOKEN}`, `const snykApiToken = "${TOKEN}";`, `  snyk_token: '${TOKEN}'`],
    fps: ['SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}', `SNYK_ORG_ID=${TOKEN}`, 'SNYK_TOKEN=00000000-0000-0000-0000-000000000000'],
  },
});

export const snykRules = [snykApiToken];
