// Coda API tokens are UUIDs, so they count only under a Coda name.
import { namedRule } from './named-rule';

export const codaApiToken = namedRule({
  id: 'coda-api-token',
  provider: 'Coda',
  description: 'Coda API token',
  keywords: ['coda'],
  name: 'coda',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'CODA_API_TOKEN',
  confidence: 'medium',
  docs: 'https://coda.io/developers/apis/v1#section/Authentication',
});

export const codaRules = [codaApiToken];
