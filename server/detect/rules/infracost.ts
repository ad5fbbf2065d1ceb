// Infracost API keys: `ico-` + 32 alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'ico-t08nmaDIPt2cPz6Yyb1awxq6DKGzmT8h';

export const infracostApiKey = tokenRule({
  id: 'infracost-api-key',
  provider: 'Infracost',
  description: 'Infracost API key',
  keywords: ['ico-'],
  pattern: /\bico-[A-Za-z0-9]{32}\b/g,
  envVar: 'INFRACOST_API_KEY',
  docs: 'https://www.infracost.io/docs/integrations/environment_variables/',
  prefixLength: 4,
  samples: {
    tps: snippets(TOKEN, 'INFRACOST_API_KEY'),
    fps: [...placeholders('ico-', 'INFRACOST_API_KEY', 32), `INFRACOST_API_KEY=${TOKEN.slice(0, 4 + 32 - 8)}`],
  },
});

export const infracostRules = [infracostApiKey];
