import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const KEY = 'PMAK-efed205b3653018362dce867-86d15e5cd834f854151954d16d0dcab6b0';

export const samples: RuleSamples = {
  'postman-api-key': {
    tps: [...snippets(KEY, 'POSTMAN_API_KEY'), `curl -H "X-Api-Key: ${KEY}" https://api.getpostman.com/collections`],
    fps: [...placeholders('PMAK-', 'POSTMAN_API_KEY', 59), `POSTMAN_API_KEY=${KEY.slice(0, 40)}`],
  },
};
