// DeepSeek API keys: `sk-` and 32 hex, OpenAI's prefix, so only under a DeepSeek name.
import { namedRule } from './named-rule';

export const deepseekApiKey = namedRule({
  id: 'deepseek-api-key',
  provider: 'DeepSeek',
  description: 'DeepSeek API key',
  keywords: ['deepseek'],
  name: 'deepseek',
  value: 'sk-[a-f0-9]{32}',
  envVar: 'DEEPSEEK_API_KEY',
  docs: 'https://api-docs.deepseek.com/',
});

export const deepseekRules = [deepseekApiKey];
