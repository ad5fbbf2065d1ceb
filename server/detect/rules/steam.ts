// Steam Web API keys: 32 upper-case hex, no prefix, so only under a Steam name.
import { namedRule } from './named-rule';

export const steamWebApiKey = namedRule({
  id: 'steam-web-api-key',
  provider: 'Steam',
  description: 'Steam Web API key',
  keywords: ['steam'],
  name: 'steam',
  value: '[A-F0-9]{32}',
  envVar: 'STEAM_API_KEY',
  docs: 'https://steamcommunity.com/dev',
});

export const steamRules = [steamWebApiKey];
