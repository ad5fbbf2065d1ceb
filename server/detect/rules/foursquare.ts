// Foursquare Places API keys: `fsq3` and 44 base64 characters.
import { tokenRule } from './token-rule';

export const foursquareApiKey = tokenRule({
  id: 'foursquare-api-key',
  provider: 'Foursquare',
  description: 'Foursquare API key',
  keywords: ['fsq3'],
  pattern: /(?<![\w-])fsq3[A-Za-z0-9+/]{44}(?![\w+/=-])/g,
  envVar: 'FOURSQUARE_API_KEY',
  docs: 'https://docs.foursquare.com/developer/docs/manage-your-api-keys',
  prefixLength: 4,
});

export const foursquareRules = [foursquareApiKey];
