// Render API keys: `rnd_` and 32 alphanumerics.
import { tokenRule } from './token-rule';

export const renderApiKey = tokenRule({
  id: 'render-api-key',
  provider: 'Render',
  description: 'Render API key',
  keywords: ['rnd_'],
  pattern: /(?<![\w-])rnd_[A-Za-z0-9]{32}(?![\w-])/g,
  envVar: 'RENDER_API_KEY',
  docs: 'https://render.com/docs/api#1-create-an-api-key',
  prefixLength: 4,
});

export const renderRules = [renderApiKey];
