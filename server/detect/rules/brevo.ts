import { defineRule } from '../rule';
import { unlessPlaceholder } from './support/placeholder';

export const brevoApiKey = defineRule({
  id: 'brevo-api-key',
  provider: 'Brevo (Sendinblue)',
  description: 'Brevo (Sendinblue) API or SMTP key',
  keywords: ['xkeysib-', 'xsmtpsib-'],
  anchored: true,
  // xkeysib- (API) or xsmtpsib- (SMTP) + 64 hex + '-' + 16 alphanumerics.
  pattern: /(?<![\w-])x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![\w-])/g,
  envVar: 'BREVO_API_KEY',
  validate: (secret) => unlessPlaceholder(secret.indexOf('-') + 1)(secret),
  docs: 'https://developers.brevo.com/docs/getting-started',
  samples: {
    tps: [
      'BREVO_API_KEY=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',
      "smtp_password: 'xsmtpsib-63973bda91b9cbfc7b90ae3925687694f5182bc2deae8f81bd9c4e3d4eabd0f3-VzFhHAhu3AtQPEso'",
    ],
    fps: [
      'SENDINBLUE_API_KEY=xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx',
      'BREVO_API_KEY=xkeysib-your-api-key',
    ],
  },
});
