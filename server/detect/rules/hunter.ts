// Hunter.io API keys: 40 hex with no prefix, so only under a Hunter name.
import { namedRule } from './named-rule';

export const hunterApiKey = namedRule({
  id: 'hunter-api-key',
  provider: 'Hunter',
  description: 'Hunter API key',
  keywords: ['hunter'],
  name: 'hunter(?:[_.-]?io)?',
  value: '[a-f0-9]{40}',
  envVar: 'HUNTER_API_KEY',
  docs: 'https://hunter.io/api-documentation#authentication',
});

export const hunterRules = [hunterApiKey];
