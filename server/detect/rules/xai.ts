// xAI API keys: `xai-` + 80 alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'xai-n7vRAdySO5sYBdk76thQk5JMDTNnwpxtGzZgnJUPFsG6zmmuqnL3lPIN4xGqTmdxiIrvLQ0TjXlG8WQD';

export const xaiApiKey = tokenRule({
  id: 'xai-api-key',
  provider: 'xAI',
  description: 'xAI API key',
  keywords: ['xai-'],
  pattern: /\bxai-[A-Za-z0-9]{80}\b/g,
  envVar: 'XAI_API_KEY',
  docs: 'https://docs.x.ai/docs/overview',
  prefixLength: 4,
  samples: {
    tps: snippets(TOKEN, 'XAI_API_KEY'),
    fps: [...placeholders('xai-', 'XAI_API_KEY', 80), `XAI_API_KEY=${TOKEN.slice(0, 4 + 80 - 8)}`],
  },
});

export const xaiRules = [xaiApiKey];
