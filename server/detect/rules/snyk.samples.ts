import type { RuleSamples } from '../rule';

const TOKEN = '1e73f879-6a1b-4d7d-8c16-29fd4b92c1d1';

export const samples: RuleSamples = {
  'snyk-api-token': {
    tps: [`SNYK_TOKEN=${TOKEN}`, `const snykApiToken = "${TOKEN}";`, `  snyk_token: '${TOKEN}'`],
    fps: ['SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}', `SNYK_ORG_ID=${TOKEN}`, 'SNYK_TOKEN=00000000-0000-0000-0000-000000000000'],
  },
};
