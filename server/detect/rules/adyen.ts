// Adyen API keys: `AQE` and a long base64 body; counted under an Adyen name.
import { namedRule } from './named-rule';

export const adyenApiKey = namedRule({
  id: 'adyen-api-key',
  provider: 'Adyen',
  description: 'Adyen API key',
  keywords: ['adyen'],
  name: 'adyen',
  value: 'AQE[\\w+/=.-]{100,250}',
  envVar: 'ADYEN_API_KEY',
  docs: 'https://docs.adyen.com/development-resources/api-credentials/',
});

export const adyenRules = [adyenApiKey];
