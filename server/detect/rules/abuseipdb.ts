// AbuseIPDB API keys: 80 hex with no prefix, so only under an AbuseIPDB name.
import { namedRule } from './named-rule';

export const abuseipdbApiKey = namedRule({
  id: 'abuseipdb-api-key',
  provider: 'AbuseIPDB',
  description: 'AbuseIPDB API key',
  keywords: ['abuseipdb'],
  name: 'abuseipdb',
  value: '[a-f0-9]{80}',
  envVar: 'ABUSEIPDB_API_KEY',
  docs: 'https://docs.abuseipdb.com/#authentication',
});

export const abuseipdbRules = [abuseipdbApiKey];
