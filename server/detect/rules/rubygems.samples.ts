import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'rubygems_132ce177af70f4a385841ecb4913fbf63bd3872fb88c794c';

export const samples: RuleSamples = {
  'rubygems-api-key': {
    tps: snippets(TOKEN, 'GEM_HOST_API_KEY'),
    fps: [...placeholders('rubygems_', 'GEM_HOST_API_KEY', 48), `GEM_HOST_API_KEY=${TOKEN.slice(0, 9 + 48 - 8)}`],
  },
};
