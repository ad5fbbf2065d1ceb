import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'codecov-token': {
    tps: [
      'CODECOV_TOKEN=fe682cbd-22e3-4422-9180-0b073f45d63d',
      'const codecovToken = "fe682cbd-22e3-4422-9180-0b073f45d63d";',
      '{ "codecovToken": "fe682cbd-22e3-4422-9180-0b073f45d63d" }',
      'codecov_token: \'fe682cbd-22e3-4422-9180-0b073f45d63d\'',
    ],
    fps: [
      'CODECOV_TOKEN=${CODECOV_TOKEN}',
      'CODECOV_TOKEN=00000000-0000-0000-0000-000000000000',
      'CODECOV_TOKEN=fe682cbd-22e3-4422',
      'CODECOV_ACCOUNT_ID=fe682cbd-22e3-4422-9180-0b073f45d63d',
      'CODECOV_TOKEN_ID=fe682cbd-22e3-4422-9180-0b073f45d63d',
      'const requestId = "fe682cbd-22e3-4422-9180-0b073f45d63d";',
    ],
  },
};
