import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'ipinfo-token': {
    tps: [
      'IPINFO_TOKEN=5785e22f89cf11',
      'const ipinfoToken = "5785e22f89cf11";',
      '{ "ipinfoToken": "5785e22f89cf11" }',
      'ipinfo_token: \'5785e22f89cf11\'',
    ],
    fps: [
      'IPINFO_TOKEN=${IPINFO_TOKEN}',
      'IPINFO_TOKEN=00000000000000',
      'IPINFO_TOKEN=5785e22',
      'IPINFO_ACCOUNT_ID=5785e22f89cf11',
      'IPINFO_TOKEN_ID=5785e22f89cf11',
      'const requestId = "5785e22f89cf11";',
    ],
  },
};
