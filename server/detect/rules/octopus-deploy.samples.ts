import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'API-N4XJOFOB0TJWU681D3N5FHY4IN';

export const samples: RuleSamples = {
  'octopus-deploy-api-key': {
    tps: snippets(TOKEN, 'OCTOPUS_API_KEY'),
    fps: [...placeholders('API-', 'OCTOPUS_API_KEY', 26), `OCTOPUS_API_KEY=${TOKEN.slice(0, 4 + 26 - 8)}`],
  },
};
