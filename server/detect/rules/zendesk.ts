import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { unlessPlaceholder } from '../placeholder';

// Zendesk API tokens are 40 alphanumerics with no prefix: counted under a Zendesk name.
export const zendeskApiToken = defineRule({
  id: 'zendesk-api-token',
  provider: 'Zendesk',
  description: 'Zendesk API token',
  keywords: ['zendesk'],
  anchored: true,
  pattern: new RegExp(assigned('zendesk', '[A-Za-z0-9]{40}'), 'gi'),
  envVar: 'ZENDESK_API_TOKEN',
  minEntropy: 3.5,
  validate: (secret) => (charClasses(secret) < 2 ? false : unlessPlaceholder()(secret)),
  docs: 'https://developer.zendesk.com/api-reference/introduction/security-and-auth/',
});

export const zendeskRules = [zendeskApiToken];
