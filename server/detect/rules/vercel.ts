// Vercel access tokens: 24 alphanumerics with no prefix, so only under a Vercel-ish name.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { isPlaceholder } from '../placeholder';

export const vercelToken = defineRule({
  id: 'vercel-token',
  provider: 'Vercel',
  description: 'Vercel access token',
  keywords: ['vercel'],
  pattern: new RegExp(assigned('vercel[\\w.-]{0,20}?(?:token|key|secret)', '[A-Za-z0-9]{24}'), 'gi'),
  envVar: 'VERCEL_TOKEN',
  minEntropy: 3.8,
  docs: 'https://vercel.com/docs/rest-api#creating-an-access-token',
  validate: (secret) => (charClasses(secret) === 3 && !isPlaceholder(secret) ? {} : false),
});

export const vercelRules = [vercelToken];
