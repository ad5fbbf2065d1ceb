import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'zerotier-api-token': {
    tps: [
      'ZEROTIER_API_TOKEN=KpkPczl9iqqAyyrIELyC5usWfKzUNSmF',
      'const zerotierApiToken = "KpkPczl9iqqAyyrIELyC5usWfKzUNSmF";',
      '{ "zerotierApiToken": "KpkPczl9iqqAyyrIELyC5usWfKzUNSmF" }',
      'zerotier_api_token: \'KpkPczl9iqqAyyrIELyC5usWfKzUNSmF\'',
    ],
    fps: [
      'ZEROTIER_API_TOKEN=${ZEROTIER_API_TOKEN}',
      'ZEROTIER_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ZEROTIER_API_TOKEN=KpkPczl9iqqAyyrI',
      'ZEROTIER_ACCOUNT_ID=KpkPczl9iqqAyyrIELyC5usWfKzUNSmF',
      'ZEROTIER_API_TOKEN_ID=KpkPczl9iqqAyyrIELyC5usWfKzUNSmF',
      'const requestId = "KpkPczl9iqqAyyrIELyC5usWfKzUNSmF";',
    ],
  },
};
