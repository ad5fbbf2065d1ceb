import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'intercom-access-token': {
    tps: [
      'INTERCOM_ACCESS_TOKEN=dG9rOjttYeNs5yYeR3ADT3MJepEnpREuTOAuINNAHFTxck4beManP0lNAdAB=',
      'intercom_access_token: "dG9rOjttYeNs5yYeR3ADT3MJepEnpREuTOAuINNAHFTxck4beManP0lNAdAB="',
    ],
    fps: ['INTERCOM_ACCESS_TOKEN=<your-access-token>', 'INTERCOM_ACCESS_TOKEN=dG9rOjxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=', 'INTERCOM_APP_ID=abc123de'],
  },
};
