import { defineRule } from '../rule';
import { assigned } from './assigned';
import { unlessPlaceholder } from './support/placeholder';

// Mailgun: legacy keys are `key-` + 32 hex; current private API keys (and webhook signing keys) are
// 32 hex-8 hex-8 hex with no prefix, so those count under a Mailgun-ish name only.
// https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#primary-account-api-key

export const mailgunApiKey = defineRule({
  id: 'mailgun-api-key',
  provider: 'Mailgun',
  description: 'Mailgun API key',
  keywords: ['key-'],
  anchored: true,
  pattern: /(?<![\w-])key-[0-9a-f]{32}(?![\w-])/g,
  envVar: 'MAILGUN_API_KEY',
  minEntropy: 3,
  validate: unlessPlaceholder(4),
  docs: 'https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#primary-account-api-key',
  samples: {
    tps: [
      'MAILGUN_API_KEY=key-5318158aff90e3b047d1cc2cf9d0b8a3',
      "const mg = mailgun.client({ username: 'api', key: 'key-5318158aff90e3b047d1cc2cf9d0b8a3' });",
    ],
    fps: ['MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'MAILGUN_API_KEY=key-00000000000000000000000000000000', 'api-key-5318158aff90e3b047d1'],
  },
});

export const mailgunPrivateApiKey = defineRule({
  id: 'mailgun-private-api-key',
  provider: 'Mailgun',
  description: 'Mailgun private API key or webhook signing key',
  keywords: ['mailgun', 'mg_'],
  anchored: true,
  pattern: new RegExp(assigned('mailgun|mg_', '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}'), 'gi'),
  envVar: 'MAILGUN_API_KEY',
  minEntropy: 3,
  validate: unlessPlaceholder(),
  docs: 'https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#primary-account-api-key',
  samples: {
    tps: [
      'MAILGUN_API_KEY=fe82f64de60b65a626edb24ea3659168-a0869c90-2a346f45',
      "mailgunSigningKey: 'fe82f64de60b65a626edb24ea3659168-a0869c90-2a346f45',",
    ],
    fps: [
      'MAILGUN_API_KEY=your-mailgun-private-key',
      'MAILGUN_API_KEY=00000000000000000000000000000000-00000000-00000000',
      'id = "fe82f64de60b65a626edb24ea3659168-a0869c90-2a346f45"',
    ],
  },
});
