import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'semgrep-app-token': {
    tps: [
      'SEMGREP_APP_TOKEN=dc93d75fee8abcebd492b388a599ecf8d7b39cf470ff7311698fd4af6dc995bc',
      'const semgrepAppToken = "dc93d75fee8abcebd492b388a599ecf8d7b39cf470ff7311698fd4af6dc995bc";',
      '{ "semgrepAppToken": "dc93d75fee8abcebd492b388a599ecf8d7b39cf470ff7311698fd4af6dc995bc" }',
      'semgrep_app_token: \'dc93d75fee8abcebd492b388a599ecf8d7b39cf470ff7311698fd4af6dc995bc\'',
    ],
    fps: [
      'SEMGREP_APP_TOKEN=${SEMGREP_APP_TOKEN}',
      'SEMGREP_APP_TOKEN=0000000000000000000000000000000000000000000000000000000000000000',
      'SEMGREP_APP_TOKEN=dc93d75fee8abcebd492b388a599ecf8',
      'SEMGREP_ACCOUNT_ID=dc93d75fee8abcebd492b388a599ecf8d7b39cf470ff7311698fd4af6dc995bc',
      'SEMGREP_APP_TOKEN_ID=dc93d75fee8abcebd492b388a599ecf8d7b39cf470ff7311698fd4af6dc995bc',
      'const requestId = "dc93d75fee8abcebd492b388a599ecf8d7b39cf470ff7311698fd4af6dc995bc";',
    ],
  },
};
