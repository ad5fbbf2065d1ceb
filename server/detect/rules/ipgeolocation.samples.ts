import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'ipgeolocation-api-key': {
    tps: [
      'IPGEOLOCATION_API_KEY=e88145f7aa2143ee56b2607136373d72',
      'const ipgeolocationApiKey = "e88145f7aa2143ee56b2607136373d72";',
      '{ "ipgeolocationApiKey": "e88145f7aa2143ee56b2607136373d72" }',
      'ipgeolocation_api_key: \'e88145f7aa2143ee56b2607136373d72\'',
    ],
    fps: [
      'IPGEOLOCATION_API_KEY=${IPGEOLOCATION_API_KEY}',
      'IPGEOLOCATION_API_KEY=00000000000000000000000000000000',
      'IPGEOLOCATION_API_KEY=e88145f7aa2143ee',
      'IPGEOLOCATION_ACCOUNT_ID=e88145f7aa2143ee56b2607136373d72',
      'IPGEOLOCATION_API_KEY_ID=e88145f7aa2143ee56b2607136373d72',
      'const requestId = "e88145f7aa2143ee56b2607136373d72";',
    ],
  },
};
