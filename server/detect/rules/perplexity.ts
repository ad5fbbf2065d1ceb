// Perplexity API keys: `pplx-` + 48 alphanumerics.
import { tokenRule } from './token-rule';

export const perplexityApiKey = tokenRule({
  id: 'perplexity-api-key',
  provider: 'Perplexity',
  description: 'Perplexity API key',
  keywords: ['pplx-'],
  pattern: /\bpplx-[A-Za-z0-9]{48}\b/g,
  envVar: 'PERPLEXITY_API_KEY',
  docs: 'https://docs.perplexity.ai/guides/getting-started',
  prefixLength: 5,
});

export const perplexityRules = [perplexityApiKey];
