// Alpha Vantage API keys: 16 upper-case alphanumerics, no prefix, so only under an Alpha Vantage name.
import { namedRule } from './named-rule';

export const alphavantageApiKey = namedRule({
  id: 'alphavantage-api-key',
  provider: 'Alpha Vantage',
  description: 'Alpha Vantage API key',
  keywords: ['alphavantage', 'alpha_vantage', 'alpha-vantage'],
  name: 'alpha[_.-]?vantage',
  value: '[A-Z0-9]{16}',
  envVar: 'ALPHAVANTAGE_API_KEY',
  docs: 'https://www.alphavantage.co/documentation/',
});

export const alphavantageRules = [alphavantageApiKey];
