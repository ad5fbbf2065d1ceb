// Twelve Data API keys: 32 hex with no prefix, so only under a Twelve Data name.
import { namedRule } from './named-rule';

export const twelvedataApiKey = namedRule({
  id: 'twelvedata-api-key',
  provider: 'Twelve Data',
  description: 'Twelve Data API key',
  keywords: ['twelvedata', 'twelve_data'],
  name: 'twelve[_.-]?data',
  value: '[a-f0-9]{32}',
  envVar: 'TWELVEDATA_API_KEY',
  docs: 'https://twelvedata.com/docs#authentication',
});

export const twelvedataRules = [twelvedataApiKey];
