// Perplexity API keys: `pplx-` + 48 alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = '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';

export const perplexityApiKey = tokenRule({
  id: 'perplexity-api-key',
  provider: 'Perplexity',
  description: 'Perplexity API key',
  keywords: ['pplx-'],
  pattern: /\bpplx-[A-Za-z0-9]{48}\b/g,
  envVar: 'PERPLEXITY_API_KEY',
  docs: 'https://docs.perplexity.ai/guides/getting-started',
  prefixLength: 5,
  samples: {
    tps: snippets(TOKEN, 'PERPLEXITY_API_KEY'),
    fps: [...placeholders('pplx-', 'PERPLEXITY_API_KEY', 48), `PERPLEXITY_API_KEY=${TOKEN.slice(0, 5 + 48 - 8)}`],
  },
});

export const perplexityRules = [perplexityApiKey];
