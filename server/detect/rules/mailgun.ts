import { defineRule } from '../rule';
import { assigned } from './assigned';
import { unlessPlaceholder } from '../placeholder';

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
});

export const mailgunRules = [mailgunApiKey, mailgunPrivateApiKey];
