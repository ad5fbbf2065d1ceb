// Mandrill (Mailchimp Transactional) API keys: 22 base64url characters, `md-` on newer keys; under a Mandrill name.
import { namedRule } from './named-rule';

export const mandrillApiKey = namedRule({
  id: 'mandrill-api-key',
  provider: 'Mandrill',
  description: 'Mandrill API key',
  keywords: ['mandrill'],
  name: 'mandrill',
  value: '(?:md-)?[\\w-]{22}',
  classes: 3,
  envVar: 'MANDRILL_API_KEY',
  docs: 'https://mailchimp.com/developer/transactional/guides/quick-start/',
});

export const mandrillRules = [mandrillApiKey];
