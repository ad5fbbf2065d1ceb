// Infracost API keys: `ico-` + 32 alphanumerics.
import { tokenRule } from './token-rule';

export const infracostApiKey = tokenRule({
  id: 'infracost-api-key',
  provider: 'Infracost',
  description: 'Infracost API key',
  keywords: ['ico-'],
  pattern: /\bico-[A-Za-z0-9]{32}\b/g,
  envVar: 'INFRACOST_API_KEY',
  docs: 'https://www.infracost.io/docs/integrations/environment_variables/',
  prefixLength: 4,
});

export const infracostRules = [infracostApiKey];
