import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'bugsnag-api-key': {
    tps: [
      'BUGSNAG_API_KEY=54b1a827892c6be59c56e12bd4be5b15',
      'const bugsnagApiKey = "54b1a827892c6be59c56e12bd4be5b15";',
      '{ "bugsnagApiKey": "54b1a827892c6be59c56e12bd4be5b15" }',
      'bugsnag_api_key: \'54b1a827892c6be59c56e12bd4be5b15\'',
    ],
    fps: [
      'BUGSNAG_API_KEY=${BUGSNAG_API_KEY}',
      'BUGSNAG_API_KEY=00000000000000000000000000000000',
      'BUGSNAG_API_KEY=54b1a827892c6be5',
      'BUGSNAG_ACCOUNT_ID=54b1a827892c6be59c56e12bd4be5b15',
      'BUGSNAG_API_KEY_ID=54b1a827892c6be59c56e12bd4be5b15',
      'const requestId = "54b1a827892c6be59c56e12bd4be5b15";',
    ],
  },
};
