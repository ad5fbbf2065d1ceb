// SerpApi keys: 64 hex with no prefix, so only under a SerpApi name.
import { namedRule } from './named-rule';

export const serpapiKey = namedRule({
  id: 'serpapi-key',
  provider: 'SerpApi',
  description: 'SerpApi API key',
  keywords: ['serpapi', 'serp_api'],
  name: 'serp[_.-]?api',
  value: '[a-f0-9]{64}',
  envVar: 'SERPAPI_API_KEY',
  docs: 'https://serpapi.com/search-api',
});

export const serpapiRules = [serpapiKey];
