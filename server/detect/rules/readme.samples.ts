import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'rdme_uiutrm1qsc4oisizni6z7805yqahorofubnmyvjiij1kxv59eqqjcj7txywi2gvolenha9';

export const samples: RuleSamples = {
  'readme-api-key': {
    tps: snippets(TOKEN, 'README_API_KEY'),
    fps: [...placeholders('rdme_', 'README_API_KEY', 70), `README_API_KEY=${TOKEN.slice(0, 5 + 70 - 8)}`],
  },
};
