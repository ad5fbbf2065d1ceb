import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'amplitude-api-key': {
    tps: [
      'AMPLITUDE_SECRET_KEY=2f9537efa970f4a4a8548313f3c8fc53',
      'const amplitudeSecretKey = "2f9537efa970f4a4a8548313f3c8fc53";',
      '{ "amplitudeSecretKey": "2f9537efa970f4a4a8548313f3c8fc53" }',
      'amplitude_secret_key: \'2f9537efa970f4a4a8548313f3c8fc53\'',
    ],
    fps: [
      'AMPLITUDE_SECRET_KEY=${AMPLITUDE_SECRET_KEY}',
      'AMPLITUDE_SECRET_KEY=00000000000000000000000000000000',
      'AMPLITUDE_SECRET_KEY=2f9537efa970f4a4',
      'AMPLITUDE_ACCOUNT_ID=2f9537efa970f4a4a8548313f3c8fc53',
      'AMPLITUDE_SECRET_KEY_ID=2f9537efa970f4a4a8548313f3c8fc53',
      'const requestId = "2f9537efa970f4a4a8548313f3c8fc53";',
    ],
  },
};
