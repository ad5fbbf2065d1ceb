// ScraperAPI keys: 32 hex with no prefix, so only under a ScraperAPI name.
import { namedRule } from './named-rule';

export const scraperapiKey = namedRule({
  id: 'scraperapi-key',
  provider: 'ScraperAPI',
  description: 'ScraperAPI key',
  keywords: ['scraperapi'],
  name: 'scraperapi',
  value: '[a-f0-9]{32}',
  envVar: 'SCRAPERAPI_KEY',
  docs: 'https://docs.scraperapi.com/',
});

export const scraperapiRules = [scraperapiKey];
