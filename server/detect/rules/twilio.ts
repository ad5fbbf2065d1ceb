import { defineRule } from '../rule';
import { assigned } from './assigned';
import { unlessPlaceholder } from './support/placeholder';

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
  samples: {
    tps: [
      'TWILIO_API_KEY=SK8c61be4ca21d7d7b651a65e4dba733a0',
      "const client = twilio('SK8c61be4ca21d7d7b651a65e4dba733a0', apiSecret, { accountSid });",
    ],
    fps: [
      'TWILIO_ACCOUNT_SID=AC7da5938b178e487c1d1e3fd4ee17386a',
      'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TWILIO_API_KEY=SK00000000000000000000000000000000',
      'sha = "SK8c61be4ca21d7d7b651a65e4dba733a0ffee"',
    ],
  },
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
  samples: {
    tps: [
      'TWILIO_AUTH_TOKEN=d13f78ef16456cc7f2a7187e16817b08',
      "const twilioAuthToken = 'd13f78ef16456cc7f2a7187e16817b08';",
      '"twilio_api_secret": "d13f78ef16456cc7f2a7187e16817b08",',
    ],
    fps: [
      'TWILIO_AUTH_TOKEN=your_auth_token',
      'TWILIO_AUTH_TOKEN=00000000000000000000000000000000',
      'TWILIO_ACCOUNT_SID=AC7da5938b178e487c1d1e3fd4ee17386a',
      'const authToken = process.env.TWILIO_AUTH_TOKEN;',
      'commit = "d13f78ef16456cc7f2a7187e16817b08"',
    ],
  },
});
