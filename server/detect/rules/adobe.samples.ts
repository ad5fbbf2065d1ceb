import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'adobe-client-secret': {
    tps: [
      'ADOBE_CLIENT_SECRET=p8e-OGmEnZyXbvHy2z4uCAKThgXnCcKIZdxQ',
      'const adobeClientSecret = "p8e-OGmEnZyXbvHy2z4uCAKThgXnCcKIZdxQ";',
      '{\n  "adobe_client_secret": "p8e-OGmEnZyXbvHy2z4uCAKThgXnCcKIZdxQ"\n}',
      'env:\n  ADOBE_CLIENT_SECRET: \'p8e-OGmEnZyXbvHy2z4uCAKThgXnCcKIZdxQ\'',
    ],
    fps: [
      'ADOBE_CLIENT_SECRET=p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ADOBE_CLIENT_SECRET=p8e-your_token_here',
      'const adobeClientSecret = process.env.ADOBE_CLIENT_SECRET;',
      'ADOBE_CLIENT_SECRET=p8e-OGmEnZyXbvHy2z4u',
      'ADOBE_CLIENT_SECRET=OGmEnZyXbvHy2z4uCAKThgXnCcKIZdxQ',
    ],
  },
};
