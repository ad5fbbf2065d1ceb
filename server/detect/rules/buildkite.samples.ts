import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'bkua_fb9ff6a0d00286b7234503db3de8d83e20f7a374';

export const samples: RuleSamples = {
  'buildkite-api-token': {
    tps: snippets(TOKEN, 'BUILDKITE_API_TOKEN'),
    fps: [...placeholders('bkua_', 'BUILDKITE_API_TOKEN', 40), `BUILDKITE_API_TOKEN=${TOKEN.slice(0, 5 + 40 - 8)}`],
  },
};
