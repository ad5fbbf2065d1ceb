// Fireworks AI API keys: `fw_` and alphanumerics, so short a prefix that they count only under a Fireworks name.
import { namedRule } from './named-rule';

export const fireworksApiKey = namedRule({
  id: 'fireworks-api-key',
  provider: 'Fireworks AI',
  description: 'Fireworks AI API key',
  keywords: ['fireworks'],
  name: 'fireworks',
  value: 'fw_[A-Za-z0-9]{20,32}',
  envVar: 'FIREWORKS_API_KEY',
  docs: 'https://docs.fireworks.ai/api-reference/introduction',
});

export const fireworksRules = [fireworksApiKey];
