import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'zoho-oauth-token': {
    tps: [
      'ZOHO_REFRESH_TOKEN=1000.0c346a664fb83fe35d77000934c2895d.9584e688e3821a9be9625f599c660784',
      'const zohoRefreshToken = "1000.0c346a664fb83fe35d77000934c2895d.9584e688e3821a9be9625f599c660784";',
      '{\n  "zoho_refresh_token": "1000.0c346a664fb83fe35d77000934c2895d.9584e688e3821a9be9625f599c660784"\n}',
      'env:\n  ZOHO_REFRESH_TOKEN: \'1000.0c346a664fb83fe35d77000934c2895d.9584e688e3821a9be9625f599c660784\'',
    ],
    fps: [
      'ZOHO_REFRESH_TOKEN=1000.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ZOHO_REFRESH_TOKEN=1000.your_token_here',
      'const zohoRefreshToken = process.env.ZOHO_REFRESH_TOKEN;',
      'ZOHO_REFRESH_TOKEN=1000.0c346a664fb83fe35d77000934c2895d',
      'ZOHO_REFRESH_TOKEN=0c346a664fb83fe35d77000934c2895d.9584e688e3821a9be9625f599c660784',
    ],
  },
};
