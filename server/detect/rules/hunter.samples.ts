import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'hunter-api-key': {
    tps: [
      'HUNTER_API_KEY=3acceff7611899780de44ddb73ff47d517556550',
      'const hunterApiKey = "3acceff7611899780de44ddb73ff47d517556550";',
      '{ "hunterApiKey": "3acceff7611899780de44ddb73ff47d517556550" }',
      'hunter_api_key: \'3acceff7611899780de44ddb73ff47d517556550\'',
    ],
    fps: [
      'HUNTER_API_KEY=${HUNTER_API_KEY}',
      'HUNTER_API_KEY=0000000000000000000000000000000000000000',
      'HUNTER_API_KEY=3acceff7611899780de4',
      'HUNTER_ACCOUNT_ID=3acceff7611899780de44ddb73ff47d517556550',
      'HUNTER_API_KEY_ID=3acceff7611899780de44ddb73ff47d517556550',
      'const requestId = "3acceff7611899780de44ddb73ff47d517556550";',
    ],
  },
};
