// Together AI API keys: 64 hex with no prefix, so only under a Together name.
import { namedRule } from './named-rule';

export const togetherApiKey = namedRule({
  id: 'together-api-key',
  provider: 'Together AI',
  description: 'Together AI API key',
  keywords: ['together'],
  name: 'together(?:[_.-]?ai)?',
  value: '[a-f0-9]{64}',
  envVar: 'TOGETHER_API_KEY',
  docs: 'https://docs.together.ai/reference/authentication-1',
});

export const togetherRules = [togetherApiKey];
