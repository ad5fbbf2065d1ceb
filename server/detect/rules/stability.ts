// Stability AI API keys: `sk-` and 48 alphanumerics, OpenAI's prefix, so only under a Stability name.
import { namedRule } from './named-rule';

export const stabilityApiKey = namedRule({
  id: 'stability-api-key',
  provider: 'Stability AI',
  description: 'Stability AI API key',
  keywords: ['stability'],
  name: 'stability(?:[_.-]?ai)?',
  value: 'sk-[A-Za-z0-9]{48}',
  envVar: 'STABILITY_API_KEY',
  docs: 'https://platform.stability.ai/docs/getting-started/authentication',
});

export const stabilityRules = [stabilityApiKey];
