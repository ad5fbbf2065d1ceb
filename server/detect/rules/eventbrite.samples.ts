import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'eventbrite-private-token': {
    tps: [
      'EVENTBRITE_TOKEN=LHZC8E0FKFLKFUKXWB2H',
      'const eventbriteToken = "LHZC8E0FKFLKFUKXWB2H";',
      '{ "eventbriteToken": "LHZC8E0FKFLKFUKXWB2H" }',
      'eventbrite_token: \'LHZC8E0FKFLKFUKXWB2H\'',
    ],
    fps: [
      'EVENTBRITE_TOKEN=${EVENTBRITE_TOKEN}',
      'EVENTBRITE_TOKEN=xxxxxxxxxxxxxxxxxxxx',
      'EVENTBRITE_TOKEN=LHZC8E0FKF',
      'EVENTBRITE_ACCOUNT_ID=LHZC8E0FKFLKFUKXWB2H',
      'EVENTBRITE_TOKEN_ID=LHZC8E0FKFLKFUKXWB2H',
      'const requestId = "LHZC8E0FKFLKFUKXWB2H";',
    ],
  },
};
