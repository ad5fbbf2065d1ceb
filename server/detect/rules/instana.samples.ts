import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'instana-api-token': {
    tps: [
      'INSTANA_API_TOKEN=sL-WAP5uD86qgNrsimTmpk',
      'const instanaApiToken = "sL-WAP5uD86qgNrsimTmpk";',
      '{ "instanaApiToken": "sL-WAP5uD86qgNrsimTmpk" }',
      'instana_api_token: \'sL-WAP5uD86qgNrsimTmpk\'',
    ],
    fps: [
      'INSTANA_API_TOKEN=${INSTANA_API_TOKEN}',
      'INSTANA_API_TOKEN=xx-xxxxxxxxxxxxxxxxxxx',
      'INSTANA_API_TOKEN=sL-WAP5uD86',
      'INSTANA_ACCOUNT_ID=sL-WAP5uD86qgNrsimTmpk',
      'INSTANA_API_TOKEN_ID=sL-WAP5uD86qgNrsimTmpk',
      'const requestId = "sL-WAP5uD86qgNrsimTmpk";',
    ],
  },
};
