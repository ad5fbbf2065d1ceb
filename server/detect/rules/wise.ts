// Wise (TransferWise) API tokens are UUIDs, so they count only under a Wise name.
import { namedRule } from './named-rule';

export const wiseApiToken = namedRule({
  id: 'wise-api-token',
  provider: 'Wise',
  description: 'Wise API token',
  keywords: ['transferwise', 'wise_', 'wise-', 'wiseapi', 'wisetoken', 'wisekey'],
  name: 'wise|transferwise',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'WISE_API_TOKEN',
  confidence: 'medium',
  docs: 'https://docs.wise.com/api-docs/features/authentication-access/personal-tokens',
});

export const wiseRules = [wiseApiToken];
