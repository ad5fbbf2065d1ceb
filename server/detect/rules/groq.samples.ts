import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = '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';

export const samples: RuleSamples = {
  'groq-api-key': {
    tps: snippets(TOKEN, 'GROQ_API_KEY'),
    fps: [...placeholders('gsk_', 'GROQ_API_KEY', 52), `GROQ_API_KEY=${TOKEN.slice(0, 4 + 52 - 8)}`],
  },
};
