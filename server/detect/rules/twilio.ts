import { defineRule } from '../rule';
import { assigned } from './assigned';
import { unlessPlaceholder } from '../placeholder';

// Twilio credentials: https://www.twilio.com/docs/iam/api-keys. An account SID (AC + 32 hex) only names the
// account, so it is not reported; API key SIDs (SK…) pair with a secret, and the auth token is 32 hex digits
// indistinguishable from any hash, so it counts only under a Twilio-ish name.

export const twilioApiKey = defineRule({
  id: 'twilio-api-key',
  provider: 'Twilio',
  description: 'Twilio API key SID',
  keywords: ['sk'],
  anchored: true,
  pattern: /(?<![\w-])SK[0-9a-f]{32}(?![\w-])/g,
  envVar: 'TWILIO_API_KEY',
  confidence: 'medium',
  minEntropy: 3,
  validate: unlessPlaceholder(2),
  docs: 'https://www.twilio.com/docs/iam/api-keys',
});

export const twilioAuthToken = defineRule({
  id: 'twilio-auth-token',
  provider: 'Twilio',
  description: 'Twilio auth token or API key secret',
  keywords: ['twilio'],
  anchored: true,
  pattern: new RegExp(assigned('twilio', '[0-9a-f]{32}'), 'gi'),
  envVar: 'TWILIO_AUTH_TOKEN',
  minEntropy: 3,
  validate: unlessPlaceholder(),
  docs: 'https://www.twilio.com/docs/iam/credentials/api',
});

export const twilioRules = [twilioApiKey, twilioAuthToken];
