// Yelp Fusion API keys: 128 base64url characters with no prefix, so only under a Yelp name.
import { namedRule } from './named-rule';

export const yelpApiKey = namedRule({
  id: 'yelp-api-key',
  provider: 'Yelp',
  description: 'Yelp API key',
  keywords: ['yelp'],
  name: 'yelp',
  value: '[\\w-]{128}',
  envVar: 'YELP_API_KEY',
  docs: 'https://docs.developer.yelp.com/docs/fusion-authentication',
});

export const yelpRules = [yelpApiKey];
