// Snyk API tokens are bare UUIDs, so only reported under a Snyk name (SNYK_TOKEN, snykApiToken…).
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { isPlaceholder } from '../placeholder';

export const snykApiToken = defineRule({
  id: 'snyk-api-token',
  provider: 'Snyk',
  description: 'Snyk API token',
  keywords: ['snyk'],
  pattern: new RegExp(
    assigned('snyk[\\w.-]{0,20}?(?:token|key|secret)', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    'gi',
  ),
  envVar: 'SNYK_TOKEN',
  docs: 'https://docs.snyk.io/snyk-api/authentication-for-api',
  validate: (secret) => (isPlaceholder(secret.replace(/-/g, '')) ? false : {}),
});

export const snykRules = [snykApiToken];
