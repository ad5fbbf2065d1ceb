import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'xai-n7vRAdySO5sYBdk76thQk5JMDTNnwpxtGzZgnJUPFsG6zmmuqnL3lPIN4xGqTmdxiIrvLQ0TjXlG8WQD';

export const samples: RuleSamples = {
  'xai-api-key': {
    tps: snippets(TOKEN, 'XAI_API_KEY'),
    fps: [...placeholders('xai-', 'XAI_API_KEY', 80), `XAI_API_KEY=${TOKEN.slice(0, 4 + 80 - 8)}`],
  },
};
