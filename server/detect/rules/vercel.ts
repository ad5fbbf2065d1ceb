// Vercel access tokens: 24 alphanumerics with no prefix, so only under a Vercel-ish name.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses, looksLikePlaceholder } from './shape';

const TOKEN = 'AghV9jY1MF3ehQBb1TJcYjE6';

export const vercelToken = defineRule({
  id: 'vercel-token',
  provider: 'Vercel',
  description: 'Vercel access token',
  keywords: ['vercel'],
  pattern: new RegExp(assigned('vercel[\\w.-]{0,20}?(?:token|key|secret)', '[A-Za-z0-9]{24}'), 'gi'),
  envVar: 'VERCEL_TOKEN',
  minEntropy: 3.8,
  docs: 'https://vercel.com/docs/rest-api#creating-an-access-token',
  validate: (secret) => (charClasses(secret) === 3 && !looksLikePlaceholder(secret) ? {} : false),
  samples: {
    tps: [`VERCEL_TOKEN=${TOKEN}`, `const vercelApiToken = "${TOKEN}";`, `"vercel_token": "${TOKEN}"`, `env:\n  VERCEL_ORG_ID: team_q8Wm2ZrT4kLp9XvB3nHc7Yd1\n  VERCEL_AUTH_TOKEN: ${TOKEN}`],
    fps: [
      'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}',
      'VERCEL_PROJECT_ID=prj_AghV9jY1MF3ehQBb1TJcYjE6',
      'VERCEL_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
      'VERCEL_TOKEN=yourvercelaccesstokenhere',
      'VERCEL_TOKEN=PutYourVercelTokenHere01',
    ],
  },
});

export const vercelRules = [vercelToken];
