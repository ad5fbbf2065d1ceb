import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'twilio-api-key': {
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
  'twilio-auth-token': {
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
};
