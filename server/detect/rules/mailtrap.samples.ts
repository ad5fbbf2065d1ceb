import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mailtrap-api-token': {
    tps: [
      'MAILTRAP_API_TOKEN=3884395d997a79a90b28279784f25fc1',
      'const mailtrapApiToken = "3884395d997a79a90b28279784f25fc1";',
      '{ "mailtrapApiToken": "3884395d997a79a90b28279784f25fc1" }',
      'mailtrap_api_token: \'3884395d997a79a90b28279784f25fc1\'',
    ],
    fps: [
      'MAILTRAP_API_TOKEN=${MAILTRAP_API_TOKEN}',
      'MAILTRAP_API_TOKEN=00000000000000000000000000000000',
      'MAILTRAP_API_TOKEN=3884395d997a79a9',
      'MAILTRAP_ACCOUNT_ID=3884395d997a79a90b28279784f25fc1',
      'MAILTRAP_API_TOKEN_ID=3884395d997a79a90b28279784f25fc1',
      'const requestId = "3884395d997a79a90b28279784f25fc1";',
    ],
  },
};
