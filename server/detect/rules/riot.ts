// Riot Games API keys: `RGAPI-` and a UUID.
import { tokenRule } from './token-rule';

export const riotApiKey = tokenRule({
  id: 'riot-api-key',
  provider: 'Riot Games',
  description: 'Riot Games API key',
  keywords: ['rgapi-'],
  pattern: /(?<![\w-])RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/g,
  envVar: 'RIOT_API_KEY',
  minEntropy: 3,
  docs: 'https://developer.riotgames.com/docs/portal#web-apis_api-keys',
  prefixLength: 6,
});

export const riotRules = [riotApiKey];
