// MailerSend API tokens: `mlsn.` and 64 hex.
import { tokenRule } from './token-rule';

export const mailersendApiToken = tokenRule({
  id: 'mailersend-api-token',
  provider: 'MailerSend',
  description: 'MailerSend API token',
  keywords: ['mlsn.'],
  pattern: /(?<![\w-])mlsn\.[a-f0-9]{64}(?![\w-])/g,
  envVar: 'MAILERSEND_API_KEY',
  docs: 'https://developers.mailersend.com/general.html#authentication',
  prefixLength: 5,
});

export const mailersendRules = [mailersendApiToken];
