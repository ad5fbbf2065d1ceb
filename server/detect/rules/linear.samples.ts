import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const KEY = 'lin_api_mlketVS5qSFV606GNa3T3IOxsyjGVUd9DejoZU5C';

export const samples: RuleSamples = {
  'linear-api-key': {
    tps: [...snippets(KEY, 'LINEAR_API_KEY', 'apiKey'), `new LinearClient({ apiKey: "${KEY}" })`],
    fps: [...placeholders('lin_api_', 'LINEAR_API_KEY', 40), `LINEAR_API_KEY=${KEY.slice(0, 30)}`],
  },
};
