import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'dropbox-sign-api-key': {
    tps: [
      'HELLOSIGN_API_KEY=3a1bfe74b4a80d9cc699c0ab54a6476a435462f699a4da2e1d95f54cc9155b19',
      'const hellosignApiKey = "3a1bfe74b4a80d9cc699c0ab54a6476a435462f699a4da2e1d95f54cc9155b19";',
      '{ "hellosignApiKey": "3a1bfe74b4a80d9cc699c0ab54a6476a435462f699a4da2e1d95f54cc9155b19" }',
      'hellosign_api_key: \'3a1bfe74b4a80d9cc699c0ab54a6476a435462f699a4da2e1d95f54cc9155b19\'',
    ],
    fps: [
      'HELLOSIGN_API_KEY=${HELLOSIGN_API_KEY}',
      'HELLOSIGN_API_KEY=0000000000000000000000000000000000000000000000000000000000000000',
      'HELLOSIGN_API_KEY=3a1bfe74b4a80d9cc699c0ab54a6476a',
      'HELLOSIGN_ACCOUNT_ID=3a1bfe74b4a80d9cc699c0ab54a6476a435462f699a4da2e1d95f54cc9155b19',
      'HELLOSIGN_API_KEY_ID=3a1bfe74b4a80d9cc699c0ab54a6476a435462f699a4da2e1d95f54cc9155b19',
      'const requestId = "3a1bfe74b4a80d9cc699c0ab54a6476a435462f699a4da2e1d95f54cc9155b19";',
    ],
  },
};
