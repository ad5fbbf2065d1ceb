// Squarespace API keys are UUIDs, so they count only under a Squarespace name.
import { namedRule } from './named-rule';

export const squarespaceApiKey = namedRule({
  id: 'squarespace-api-key',
  provider: 'Squarespace',
  description: 'Squarespace API key',
  keywords: ['squarespace'],
  name: 'squarespace',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'SQUARESPACE_API_KEY',
  confidence: 'medium',
  docs: 'https://developers.squarespace.com/commerce-apis/authentication-and-permissions',
});

export const squarespaceRules = [squarespaceApiKey];
