import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'honeybadger-personal-token': {
    tps: [
      'HONEYBADGER_AUTH_TOKEN=hbp_ogUxkiWK8ij8VxUAvM4SYdyCZCISNMGXhZsJ',
      'const honeybadgerAuthToken = "hbp_ogUxkiWK8ij8VxUAvM4SYdyCZCISNMGXhZsJ";',
      '{\n  "honeybadger_auth_token": "hbp_ogUxkiWK8ij8VxUAvM4SYdyCZCISNMGXhZsJ"\n}',
      'env:\n  HONEYBADGER_AUTH_TOKEN: \'hbp_ogUxkiWK8ij8VxUAvM4SYdyCZCISNMGXhZsJ\'',
    ],
    fps: [
      'HONEYBADGER_AUTH_TOKEN=hbp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'HONEYBADGER_AUTH_TOKEN=hbp_your_token_here',
      'const honeybadgerAuthToken = process.env.HONEYBADGER_AUTH_TOKEN;',
      'HONEYBADGER_AUTH_TOKEN=hbp_ogUxkiWK8ij8VxUAvM',
      'HONEYBADGER_AUTH_TOKEN=ogUxkiWK8ij8VxUAvM4SYdyCZCISNMGXhZsJ',
    ],
  },
};
