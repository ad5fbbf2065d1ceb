// IPGeolocation.io API keys: 32 hex with no prefix, so only under an IPGeolocation name.
import { namedRule } from './named-rule';

export const ipgeolocationApiKey = namedRule({
  id: 'ipgeolocation-api-key',
  provider: 'IPGeolocation',
  description: 'IPGeolocation API key',
  keywords: ['ipgeolocation'],
  name: 'ipgeolocation',
  value: '[a-f0-9]{32}',
  envVar: 'IPGEOLOCATION_API_KEY',
  docs: 'https://ipgeolocation.io/documentation.html',
});

export const ipgeolocationRules = [ipgeolocationApiKey];
