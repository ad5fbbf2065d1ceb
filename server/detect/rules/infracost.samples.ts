import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'ico-t08nmaDIPt2cPz6Yyb1awxq6DKGzmT8h';

export const samples: RuleSamples = {
  'infracost-api-key': {
    tps: snippets(TOKEN, 'INFRACOST_API_KEY'),
    fps: [...placeholders('ico-', 'INFRACOST_API_KEY', 32), `INFRACOST_API_KEY=${TOKEN.slice(0, 4 + 32 - 8)}`],
  },
};
