// Apify API tokens: `apify_api_` and 36 alphanumerics.
import { tokenRule } from './token-rule';

export const apifyApiToken = tokenRule({
  id: 'apify-api-token',
  provider: 'Apify',
  description: 'Apify API token',
  keywords: ['apify_api_'],
  pattern: /(?<![\w-])apify_api_[A-Za-z0-9]{36}(?![\w-])/g,
  envVar: 'APIFY_TOKEN',
  docs: 'https://docs.apify.com/platform/integrations/api#api-token',
  prefixLength: 10,
});

export const apifyRules = [apifyApiToken];
