import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'backblaze-application-key': {
    tps: [
      'B2_APPLICATION_KEY=K885aHohDBnflPK2wnO1Yff8hud2NIz',
      'const b2ApplicationKey = "K885aHohDBnflPK2wnO1Yff8hud2NIz";',
      '{ "b2ApplicationKey": "K885aHohDBnflPK2wnO1Yff8hud2NIz" }',
      'b2_application_key: \'K885aHohDBnflPK2wnO1Yff8hud2NIz\'',
    ],
    fps: [
      'B2_APPLICATION_KEY=${B2_APPLICATION_KEY}',
      'B2_APPLICATION_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'B2_APPLICATION_KEY=K885aHohDBnflPK',
      'B2_ACCOUNT_ID=K885aHohDBnflPK2wnO1Yff8hud2NIz',
      'B2_APPLICATION_KEY_ID=K885aHohDBnflPK2wnO1Yff8hud2NIz',
      'const requestId = "K885aHohDBnflPK2wnO1Yff8hud2NIz";',
    ],
  },
};
