import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

export const sendgridApiKey = defineRule({
  id: 'sendgrid-api-key',
  provider: 'SendGrid',
  description: 'SendGrid API key',
  keywords: ['sg.'],
  anchored: true,
  // SG.<22-char key id>.<43-char secret>, both base64url.
  pattern: /(?<![\w.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![\w-])/g,
  envVar: 'SENDGRID_API_KEY',
  validate: unlessPlaceholder(3),
  docs: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
});

export const sendgridRules = [sendgridApiKey];
