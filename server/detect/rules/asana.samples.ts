import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'asana-pat': {
    tps: [
      'ASANA_ACCESS_TOKEN=2/2152317896879535/9639424615732872:5dfa2728576e330345755ba409d16dea',
      "const client = asana.Client.create().useAccessToken('1/0501592847939073:748910a3df8d9f5646a86f3b6dd3db09');",
    ],
    fps: [
      'ASANA_ACCESS_TOKEN=1/1234567890123:abcdefabcdefabcdefabcdefabcdefab',
      'ASANA_ACCESS_TOKEN=2/<user gid>/<app gid>:<secret>',
      'https://example.org/1/0501592847939073:748910a3df8d9f5646a86f3b6dd3db09',
    ],
  },
};
