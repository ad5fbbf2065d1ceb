import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'CLOJARS_cezvkpsaxivo8wkuacvt2775opwop9qxtv0a4mee8zlphbcqu9289wmt0jbc';

export const samples: RuleSamples = {
  'clojars-token': {
    tps: snippets(TOKEN, 'CLOJARS_PASSWORD'),
    fps: [...placeholders('CLOJARS_', 'CLOJARS_PASSWORD', 60), `CLOJARS_PASSWORD=${TOKEN.slice(0, 8 + 60 - 8)}`],
  },
};
