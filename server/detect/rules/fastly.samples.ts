import type { RuleSamples } from '../rule';

const TOKEN = 'sayHYKNHMISI3lbV_zfeBEr7SrVvdYHI';

export const samples: RuleSamples = {
  'fastly-api-token': {
    tps: [`FASTLY_API_TOKEN=${TOKEN}`, `curl -H "Fastly-Key: ${TOKEN}" https://api.fastly.com/current_user`, `const fastlyApiKey = '${TOKEN}';`],
    fps: ['FASTLY_API_TOKEN=${FASTLY_API_TOKEN}', `FASTLY_SERVICE_ID=${TOKEN}`, `FASTLY_API_TOKEN=${'x'.repeat(32)}`, 'FASTLY_API_TOKEN=fastly_api_token_for_ci_deploys'],
  },
};
