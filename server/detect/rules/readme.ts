// ReadMe API keys: `rdme_` + 70 lowercase alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'rdme_uiutrm1qsc4oisizni6z7805yqahorofubnmyvjiij1kxv59eqqjcj7txywi2gvolenha9';

export const readmeApiKey = tokenRule({
  id: 'readme-api-key',
  provider: 'ReadMe',
  description: 'ReadMe API key',
  keywords: ['rdme_'],
  pattern: /\brdme_[a-z0-9]{70}\b/g,
  envVar: 'README_API_KEY',
  docs: 'https://docs.readme.com/main/reference/intro/authentication',
  prefixLength: 5,
  samples: {
    tps: snippets(TOKEN, 'README_API_KEY'),
    fps: [...placeholders('rdme_', 'README_API_KEY', 70), `README_API_KEY=${TOKEN.slice(0, 5 + 70 - 8)}`],
  },
});

export const readmeRules = [readmeApiKey];
