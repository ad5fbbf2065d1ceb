// Groq API keys: `gsk_` + 52 alphanumerics.
import { tokenRule } from './token-rule';

export const groqApiKey = tokenRule({
  id: 'groq-api-key',
  provider: 'Groq',
  description: 'Groq API key',
  keywords: ['gsk_'],
  pattern: /\bgsk_[A-Za-z0-9]{52}\b/g,
  envVar: 'GROQ_API_KEY',
  docs: 'https://console.groq.com/docs/api-keys',
  prefixLength: 4,
});

export const groqRules = [groqApiKey];
