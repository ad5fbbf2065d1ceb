import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'yandex-api-key': {
    tps: [
      'YC_API_KEY=AQVN_vyfwmL5BPJAnLm1d2k_tOM7W8kP-frjx0ivK',
      'const ycApiKey = "AQVN_vyfwmL5BPJAnLm1d2k_tOM7W8kP-frjx0ivK";',
      '{\n  "yc_api_key": "AQVN_vyfwmL5BPJAnLm1d2k_tOM7W8kP-frjx0ivK"\n}',
      'env:\n  YC_API_KEY: \'AQVN_vyfwmL5BPJAnLm1d2k_tOM7W8kP-frjx0ivK\'',
    ],
    fps: [
      'YC_API_KEY=AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'YC_API_KEY=AQVNyour_token_here',
      'const ycApiKey = process.env.YC_API_KEY;',
      'YC_API_KEY=AQVN_vyfwmL5BPJAnLm1d',
      'YC_API_KEY=_vyfwmL5BPJAnLm1d2k_tOM7W8kP-frjx0ivK',
    ],
  },
};
