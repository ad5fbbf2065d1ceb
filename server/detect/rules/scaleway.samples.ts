import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'scaleway-secret-key': {
    tps: [
      'SCW_SECRET_KEY=2e275222-f560-41e1-b8f0-0cec2c603b6c',
      'const scwSecretKey = "2e275222-f560-41e1-b8f0-0cec2c603b6c";',
      '{ "scwSecretKey": "2e275222-f560-41e1-b8f0-0cec2c603b6c" }',
      'scw_secret_key: \'2e275222-f560-41e1-b8f0-0cec2c603b6c\'',
    ],
    fps: [
      'SCW_SECRET_KEY=${SCW_SECRET_KEY}',
      'SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000',
      'SCW_SECRET_KEY=2e275222-f560-41e1',
      'SCW_ACCOUNT_ID=2e275222-f560-41e1-b8f0-0cec2c603b6c',
      'SCW_SECRET_KEY_ID=2e275222-f560-41e1-b8f0-0cec2c603b6c',
      'const requestId = "2e275222-f560-41e1-b8f0-0cec2c603b6c";',
    ],
  },
};
