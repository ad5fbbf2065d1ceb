import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'adyen-api-key': {
    tps: [
      'ADYEN_API_KEY=AQExAdDkP89aKC1G1gVQiZGo7hwAkaJzknEGLRhCZp6BlEI3RTeVLrhmSuSn61/4+HgO30EWQbtUsFIehpciRGcHDVpxBy5a5u7aKZY8HEMNxFsm6L3H5x2m98ZWOHBoir6Nt7PKk9Z/LIdr2f+WU+8in',
      'const adyenApiKey = "AQExAdDkP89aKC1G1gVQiZGo7hwAkaJzknEGLRhCZp6BlEI3RTeVLrhmSuSn61/4+HgO30EWQbtUsFIehpciRGcHDVpxBy5a5u7aKZY8HEMNxFsm6L3H5x2m98ZWOHBoir6Nt7PKk9Z/LIdr2f+WU+8in";',
      '{ "adyenApiKey": "AQExAdDkP89aKC1G1gVQiZGo7hwAkaJzknEGLRhCZp6BlEI3RTeVLrhmSuSn61/4+HgO30EWQbtUsFIehpciRGcHDVpxBy5a5u7aKZY8HEMNxFsm6L3H5x2m98ZWOHBoir6Nt7PKk9Z/LIdr2f+WU+8in" }',
      'adyen_api_key: \'AQExAdDkP89aKC1G1gVQiZGo7hwAkaJzknEGLRhCZp6BlEI3RTeVLrhmSuSn61/4+HgO30EWQbtUsFIehpciRGcHDVpxBy5a5u7aKZY8HEMNxFsm6L3H5x2m98ZWOHBoir6Nt7PKk9Z/LIdr2f+WU+8in\'',
    ],
    fps: [
      'ADYEN_API_KEY=${ADYEN_API_KEY}',
      'ADYEN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/x+xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxx+xx+xxx',
      'ADYEN_API_KEY=AQExAdDkP89aKC1G1gVQiZGo7hwAkaJzknEGLRhCZp6BlEI3RTeVLrhmSuSn61/4+HgO30EWQbtU',
      'ADYEN_ACCOUNT_ID=AQExAdDkP89aKC1G1gVQiZGo7hwAkaJzknEGLRhCZp6BlEI3RTeVLrhmSuSn61/4+HgO30EWQbtUsFIehpciRGcHDVpxBy5a5u7aKZY8HEMNxFsm6L3H5x2m98ZWOHBoir6Nt7PKk9Z/LIdr2f+WU+8in',
      'ADYEN_API_KEY_ID=AQExAdDkP89aKC1G1gVQiZGo7hwAkaJzknEGLRhCZp6BlEI3RTeVLrhmSuSn61/4+HgO30EWQbtUsFIehpciRGcHDVpxBy5a5u7aKZY8HEMNxFsm6L3H5x2m98ZWOHBoir6Nt7PKk9Z/LIdr2f+WU+8in',
      'const requestId = "AQExAdDkP89aKC1G1gVQiZGo7hwAkaJzknEGLRhCZp6BlEI3RTeVLrhmSuSn61/4+HgO30EWQbtUsFIehpciRGcHDVpxBy5a5u7aKZY8HEMNxFsm6L3H5x2m98ZWOHBoir6Nt7PKk9Z/LIdr2f+WU+8in";',
    ],
  },
};
