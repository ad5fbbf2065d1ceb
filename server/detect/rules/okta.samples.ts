import type { RuleSamples } from '../rule';

const TOKEN = '00cX0VN68Lp4sgUuH3GSYD_5XJ4e-5VC4SOKuSg72X';

export const samples: RuleSamples = {
  'okta-api-token': {
    tps: [`OKTA_API_TOKEN=${TOKEN}`, `const oktaToken = "${TOKEN}";`, `okta:\n  client:\n    okta_api_token: ${TOKEN}`, `"OktaApiKey": "${TOKEN}"`],
    fps: [
      'OKTA_API_TOKEN=${OKTA_API_TOKEN}',
      `OKTA_CLIENT_ID=${TOKEN}`,
      `OKTA_API_TOKEN=00${'x'.repeat(40)}`,
      `OKTA_API_TOKEN=${TOKEN.slice(0, 30)}`,
    ],
  },
};
