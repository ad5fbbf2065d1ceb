// xAI API keys: `xai-` + 80 alphanumerics.
import { tokenRule } from './token-rule';

export const xaiApiKey = tokenRule({
  id: 'xai-api-key',
  provider: 'xAI',
  description: 'xAI API key',
  keywords: ['xai-'],
  pattern: /\bxai-[A-Za-z0-9]{80}\b/g,
  envVar: 'XAI_API_KEY',
  docs: 'https://docs.x.ai/docs/overview',
  prefixLength: 4,
});

export const xaiRules = [xaiApiKey];
