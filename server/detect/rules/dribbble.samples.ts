import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'dribbble-access-token': {
    tps: [
      'DRIBBBLE_ACCESS_TOKEN=7cd8c098624d82c945ba5e2f24aaa234fccb4eb357d00758a25802e6f1ec9c0f',
      'const dribbbleAccessToken = "7cd8c098624d82c945ba5e2f24aaa234fccb4eb357d00758a25802e6f1ec9c0f";',
      '{ "dribbbleAccessToken": "7cd8c098624d82c945ba5e2f24aaa234fccb4eb357d00758a25802e6f1ec9c0f" }',
      'dribbble_access_token: \'7cd8c098624d82c945ba5e2f24aaa234fccb4eb357d00758a25802e6f1ec9c0f\'',
    ],
    fps: [
      'DRIBBBLE_ACCESS_TOKEN=${DRIBBBLE_ACCESS_TOKEN}',
      'DRIBBBLE_ACCESS_TOKEN=0000000000000000000000000000000000000000000000000000000000000000',
      'DRIBBBLE_ACCESS_TOKEN=7cd8c098624d82c945ba5e2f24aaa234',
      'DRIBBBLE_ACCOUNT_ID=7cd8c098624d82c945ba5e2f24aaa234fccb4eb357d00758a25802e6f1ec9c0f',
      'DRIBBBLE_ACCESS_TOKEN_ID=7cd8c098624d82c945ba5e2f24aaa234fccb4eb357d00758a25802e6f1ec9c0f',
      'const requestId = "7cd8c098624d82c945ba5e2f24aaa234fccb4eb357d00758a25802e6f1ec9c0f";',
    ],
  },
};
