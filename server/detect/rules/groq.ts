// Groq API keys: `gsk_` + 52 alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = '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';

export const groqApiKey = tokenRule({
  id: 'groq-api-key',
  provider: 'Groq',
  description: 'Groq API key',
  keywords: ['gsk_'],
  pattern: /\bgsk_[A-Za-z0-9]{52}\b/g,
  envVar: 'GROQ_API_KEY',
  docs: 'https://console.groq.com/docs/api-keys',
  prefixLength: 4,
  samples: {
    tps: snippets(TOKEN, 'GROQ_API_KEY'),
    fps: [...placeholders('gsk_', 'GROQ_API_KEY', 52), `GROQ_API_KEY=${TOKEN.slice(0, 4 + 52 - 8)}`],
  },
});

export const groqRules = [groqApiKey];
