// Zyte (Scrapinghub) API keys: 32 hex with no prefix, so only under a Zyte name.
import { namedRule } from './named-rule';

export const zyteApiKey = namedRule({
  id: 'zyte-api-key',
  provider: 'Zyte',
  description: 'Zyte API key',
  keywords: ['zyte', 'scrapinghub'],
  name: 'zyte|scrapinghub',
  value: '[a-f0-9]{32}',
  envVar: 'ZYTE_API_KEY',
  docs: 'https://docs.zyte.com/zyte-api/usage/reference.html#authentication',
});

export const zyteRules = [zyteApiKey];
