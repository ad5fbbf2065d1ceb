import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

export const mailchimpApiKey = defineRule({
  id: 'mailchimp-api-key',
  provider: 'Mailchimp',
  description: 'Mailchimp API key',
  keywords: ['-us1', '-us2', '-us3', '-us4', '-us5', '-us6', '-us7', '-us8', '-us9'],
  // 32 hex digits, then the data-center suffix (-us1 … -us21).
  pattern: /(?<![\w-])[0-9a-f]{32}-us[0-9]{1,2}(?![\w-])/g,
  envVar: 'MAILCHIMP_API_KEY',
  minEntropy: 3,
  validate: unlessPlaceholder(),
  docs: 'https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key',
});

export const mailchimpRules = [mailchimpApiKey];
