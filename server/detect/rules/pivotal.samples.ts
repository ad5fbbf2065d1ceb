import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'pivotal-tracker-token': {
    tps: [
      'PIVOTAL_TRACKER_TOKEN=1e87d8b24c821593f7a488ef1dea9540',
      'const pivotalTrackerToken = "1e87d8b24c821593f7a488ef1dea9540";',
      '{ "pivotalTrackerToken": "1e87d8b24c821593f7a488ef1dea9540" }',
      'pivotal_tracker_token: \'1e87d8b24c821593f7a488ef1dea9540\'',
    ],
    fps: [
      'PIVOTAL_TRACKER_TOKEN=${PIVOTAL_TRACKER_TOKEN}',
      'PIVOTAL_TRACKER_TOKEN=00000000000000000000000000000000',
      'PIVOTAL_TRACKER_TOKEN=1e87d8b24c821593',
      'PIVOTAL_ACCOUNT_ID=1e87d8b24c821593f7a488ef1dea9540',
      'PIVOTAL_TRACKER_TOKEN_ID=1e87d8b24c821593f7a488ef1dea9540',
      'const requestId = "1e87d8b24c821593f7a488ef1dea9540";',
    ],
  },
};
