import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'exoscale-api-secret': {
    tps: [
      'EXOSCALE_API_SECRET=jpyLhedFgP11TwToMV-gD0gW-y9Jh9-MZZyXMfVrwX7',
      'const exoscaleApiSecret = "jpyLhedFgP11TwToMV-gD0gW-y9Jh9-MZZyXMfVrwX7";',
      '{ "exoscaleApiSecret": "jpyLhedFgP11TwToMV-gD0gW-y9Jh9-MZZyXMfVrwX7" }',
      'exoscale_api_secret: \'jpyLhedFgP11TwToMV-gD0gW-y9Jh9-MZZyXMfVrwX7\'',
    ],
    fps: [
      'EXOSCALE_API_SECRET=${EXOSCALE_API_SECRET}',
      'EXOSCALE_API_SECRET=xxxxxxxxxxxxxxxxxx-xxxxx-xxxxx-xxxxxxxxxxxx',
      'EXOSCALE_API_SECRET=jpyLhedFgP11TwToMV-gD',
      'EXOSCALE_ACCOUNT_ID=jpyLhedFgP11TwToMV-gD0gW-y9Jh9-MZZyXMfVrwX7',
      'EXOSCALE_API_SECRET_ID=jpyLhedFgP11TwToMV-gD0gW-y9Jh9-MZZyXMfVrwX7',
      'const requestId = "jpyLhedFgP11TwToMV-gD0gW-y9Jh9-MZZyXMfVrwX7";',
    ],
  },
};
