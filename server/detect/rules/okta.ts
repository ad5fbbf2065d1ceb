// Okta API tokens (SSWS): 42 characters starting "00", no prefix of their own, so only under Okta names.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { isPlaceholder } from '../placeholder';

export const oktaApiToken = defineRule({
  id: 'okta-api-token',
  provider: 'Okta',
  description: 'Okta API token',
  keywords: ['okta'],
  pattern: new RegExp(assigned('okta[\\w.-]{0,20}?(?:token|key|secret)', '00[\\w-]{40}'), 'gi'),
  envVar: 'OKTA_API_TOKEN',
  minEntropy: 3.8,
  docs: 'https://developer.okta.com/docs/guides/create-an-api-token/main/',
  validate: (secret) => (charClasses(secret) === 3 && !isPlaceholder(secret.slice(2)) ? {} : false),
});

export const oktaRules = [oktaApiToken];
