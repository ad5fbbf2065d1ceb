// Polygon.io API keys: 32 base64url characters with no prefix, so only under a Polygon name.
import { namedRule } from './named-rule';

export const polygonApiKey = namedRule({
  id: 'polygon-api-key',
  provider: 'Polygon.io',
  description: 'Polygon.io API key',
  keywords: ['polygon'],
  name: 'polygon(?:[_.-]?io)?',
  value: '[\\w-]{32}',
  classes: 3,
  envVar: 'POLYGON_API_KEY',
  docs: 'https://polygon.io/docs/rest/quickstart',
});

export const polygonRules = [polygonApiKey];
