import { defineRule } from '../rule';
import { charClasses } from './shape';
import { unlessPlaceholder } from './support/placeholder';

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
  samples: {
    tps: ['RESEND_API_KEY=re_Rj8pXhDm_8Cj6NcVHkinUbuxV4rhWkEts', "const resend = new Resend('re_Rj8pXhDm_8Cj6NcVHkinUbuxV4rhWkEts');"],
    fps: ['RESEND_API_KEY=re_123456789', "const resend = new Resend('re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx');", 'function are_equal_values_in_the_same_order() {}'],
  },
});
