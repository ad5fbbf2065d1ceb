import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'hubspot-private-app-token': {
    tps: [
      'HUBSPOT_ACCESS_TOKEN=pat-na1-8b0677d4-addf-4096-a5ba-0bf5020f2875',
      'const hubspotAccessToken = "pat-na1-8b0677d4-addf-4096-a5ba-0bf5020f2875";',
      '{\n  "hubspot_access_token": "pat-na1-8b0677d4-addf-4096-a5ba-0bf5020f2875"\n}',
      'env:\n  HUBSPOT_ACCESS_TOKEN: \'pat-na1-8b0677d4-addf-4096-a5ba-0bf5020f2875\'',
    ],
    fps: [
      'HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'HUBSPOT_ACCESS_TOKEN=pat-na1-your_token_here',
      'const hubspotAccessToken = process.env.HUBSPOT_ACCESS_TOKEN;',
      'HUBSPOT_ACCESS_TOKEN=pat-na1-8b0677d4-addf-4096',
      'HUBSPOT_ACCESS_TOKEN=8b0677d4-addf-4096-a5ba-0bf5020f2875',
    ],
  },
};
