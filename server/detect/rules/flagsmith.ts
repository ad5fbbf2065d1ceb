// Flagsmith server-side environment keys: `ser.` and 22 alphanumerics.
import { tokenRule } from './token-rule';

export const flagsmithServerKey = tokenRule({
  id: 'flagsmith-server-key',
  provider: 'Flagsmith',
  description: 'Flagsmith server-side key',
  keywords: ['ser.'],
  pattern: /(?<![\w-])ser\.[A-Za-z0-9]{22}(?![\w-])/g,
  envVar: 'FLAGSMITH_SERVER_KEY',
  confidence: 'medium',
  docs: 'https://docs.flagsmith.com/clients/server-side',
  prefixLength: 4,
});

export const flagsmithRules = [flagsmithServerKey];
