import type { RuleSamples } from '../rule';

const TOKEN = 'AghV9jY1MF3ehQBb1TJcYjE6';

export const samples: RuleSamples = {
  'vercel-token': {
    tps: [`VERCEL_TOKEN=${TOKEN}`, `const vercelApiToken = "${TOKEN}";`, `"vercel_token": "${TOKEN}"`, `env:\n  VERCEL_ORG_ID: team_q8Wm2ZrT4kLp9XvB3nHc7Yd1\n  VERCEL_AUTH_TOKEN: ${TOKEN}`],
    fps: [
      'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}',
      'VERCEL_PROJECT_ID=prj_AghV9jY1MF3ehQBb1TJcYjE6',
      'VERCEL_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
      'VERCEL_TOKEN=yourvercelaccesstokenhere',
      'VERCEL_TOKEN=PutYourVercelTokenHere01',
    ],
  },
};
