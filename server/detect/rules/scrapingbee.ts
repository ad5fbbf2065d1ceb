// ScrapingBee API keys: 80 upper-case alphanumerics, no prefix, so only under a ScrapingBee name.
import { namedRule } from './named-rule';

export const scrapingbeeApiKey = namedRule({
  id: 'scrapingbee-api-key',
  provider: 'ScrapingBee',
  description: 'ScrapingBee API key',
  keywords: ['scrapingbee'],
  name: 'scrapingbee',
  value: '[A-Z0-9]{80}',
  envVar: 'SCRAPINGBEE_API_KEY',
  docs: 'https://www.scrapingbee.com/documentation/',
});

export const scrapingbeeRules = [scrapingbeeApiKey];
