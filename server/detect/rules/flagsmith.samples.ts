import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'flagsmith-server-key': {
    tps: [
      'FLAGSMITH_SERVER_KEY=ser.Ty1X1xkJPXDnuOVGqdWk87',
      'const flagsmithServerKey = "ser.Ty1X1xkJPXDnuOVGqdWk87";',
      '{\n  "flagsmith_server_key": "ser.Ty1X1xkJPXDnuOVGqdWk87"\n}',
      'env:\n  FLAGSMITH_SERVER_KEY: \'ser.Ty1X1xkJPXDnuOVGqdWk87\'',
    ],
    fps: [
      'FLAGSMITH_SERVER_KEY=ser.xxxxxxxxxxxxxxxxxxxxxx',
      'FLAGSMITH_SERVER_KEY=ser.your_token_here',
      'const flagsmithServerKey = process.env.FLAGSMITH_SERVER_KEY;',
      'FLAGSMITH_SERVER_KEY=ser.Ty1X1xkJPXD',
      'FLAGSMITH_SERVER_KEY=Ty1X1xkJPXDnuOVGqdWk87',
    ],
  },
};
