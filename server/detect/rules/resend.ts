import { defineRule } from '../rule';
import { charClasses } from './shape';
import { unlessPlaceholder } from '../placeholder';

export const resendApiKey = defineRule({
  id: 'resend-api-key',
  provider: 'Resend',
  description: 'Resend API key',
  keywords: ['re_'],
  anchored: true,
  // re_<8-character id>_<24-character secret>
  pattern: /(?<![\w-])re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}(?![\w-])/g,
  envVar: 'RESEND_API_KEY',
  validate: (secret) => (charClasses(secret.slice(3)) < 2 ? false : unlessPlaceholder(3)(secret)),
  docs: 'https://resend.com/docs/dashboard/api-keys/introduction',
});

export const resendRules = [resendApiKey];
