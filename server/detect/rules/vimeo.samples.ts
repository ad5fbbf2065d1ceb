import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'vimeo-access-token': {
    tps: [
      'VIMEO_ACCESS_TOKEN=99a714efd868b3a2696f11681daa361b',
      'const vimeoAccessToken = "99a714efd868b3a2696f11681daa361b";',
      '{ "vimeoAccessToken": "99a714efd868b3a2696f11681daa361b" }',
      'vimeo_access_token: \'99a714efd868b3a2696f11681daa361b\'',
    ],
    fps: [
      'VIMEO_ACCESS_TOKEN=${VIMEO_ACCESS_TOKEN}',
      'VIMEO_ACCESS_TOKEN=00000000000000000000000000000000',
      'VIMEO_ACCESS_TOKEN=99a714efd868b3a2',
      'VIMEO_ACCOUNT_ID=99a714efd868b3a2696f11681daa361b',
      'VIMEO_ACCESS_TOKEN_ID=99a714efd868b3a2696f11681daa361b',
      'const requestId = "99a714efd868b3a2696f11681daa361b";',
    ],
  },
};
