import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'square-access-token': {
    tps: [
      'SQUARE_ACCESS_TOKEN=EAAALUuzL5l0sFbXQFJ7SzhPOXFYq3CcL88jQVj5avOMH52b1hH8YU36X5AYzw8z',
      "const client = new Client({ accessToken: 'sq0atp-sJ2MTuRU9KKJF6Lo6TuNQW' });",
    ],
    fps: [
      'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SQUARE_ACCESS_TOKEN=EAAALUuzL5l0sFbXQFJ7SzhPOXFYq3',
      "accessToken: 'sq0atp-YOUR_ACCESS_TOKEN'",
    ],
  },
  'square-oauth-secret': {
    tps: [
      'SQUARE_APPLICATION_SECRET=sq0csp-AS5gyHkQfHlqQB1myWRT61RUBEWA0iZmPoW9s2g1yO9',
      "square_app_secret: 'sandbox-sq0csp-AS5gyHkQfHlqQB1myWRT61RUBEWA0iZmPoW9s2g1yO9'",
    ],
    fps: ['SQUARE_APPLICATION_SECRET=sq0csp-<your application secret>', 'SQUARE_APPLICATION_SECRET=sq0csp-AS5gyHkQfHlqQB1'],
  },
};
