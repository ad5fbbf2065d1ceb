import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

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
});

export const brevoRules = [brevoApiKey];
