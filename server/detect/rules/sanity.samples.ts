import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'sanity-api-token': {
    tps: [
      'SANITY_API_TOKEN=skKRAG5oJE64RmzPivRKwKf0xCto4gzduzgo672y97yudkKCS4ODrqWiZX4V7YX2tymKaTARjU2FRsbZR2xjrp',
      'const sanityApiToken = "skKRAG5oJE64RmzPivRKwKf0xCto4gzduzgo672y97yudkKCS4ODrqWiZX4V7YX2tymKaTARjU2FRsbZR2xjrp";',
      '{ "sanityApiToken": "skKRAG5oJE64RmzPivRKwKf0xCto4gzduzgo672y97yudkKCS4ODrqWiZX4V7YX2tymKaTARjU2FRsbZR2xjrp" }',
      'sanity_api_token: \'skKRAG5oJE64RmzPivRKwKf0xCto4gzduzgo672y97yudkKCS4ODrqWiZX4V7YX2tymKaTARjU2FRsbZR2xjrp\'',
    ],
    fps: [
      'SANITY_API_TOKEN=${SANITY_API_TOKEN}',
      'SANITY_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SANITY_API_TOKEN=skKRAG5oJE64RmzPivRKwKf0xCto4gzduzgo672y97y',
      'SANITY_ACCOUNT_ID=skKRAG5oJE64RmzPivRKwKf0xCto4gzduzgo672y97yudkKCS4ODrqWiZX4V7YX2tymKaTARjU2FRsbZR2xjrp',
      'SANITY_API_TOKEN_ID=skKRAG5oJE64RmzPivRKwKf0xCto4gzduzgo672y97yudkKCS4ODrqWiZX4V7YX2tymKaTARjU2FRsbZR2xjrp',
      'const requestId = "skKRAG5oJE64RmzPivRKwKf0xCto4gzduzgo672y97yudkKCS4ODrqWiZX4V7YX2tymKaTARjU2FRsbZR2xjrp";',
    ],
  },
};
