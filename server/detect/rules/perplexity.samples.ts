import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = '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';

export const samples: RuleSamples = {
  'perplexity-api-key': {
    tps: snippets(TOKEN, 'PERPLEXITY_API_KEY'),
    fps: [...placeholders('pplx-', 'PERPLEXITY_API_KEY', 48), `PERPLEXITY_API_KEY=${TOKEN.slice(0, 5 + 48 - 8)}`],
  },
};
