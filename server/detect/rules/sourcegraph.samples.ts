import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'sgp_e3b2f96974979461_ad5dc680924dd5e00510d6c4405fcfa22d7d690e';
const LOCAL = 'sgp_local_ad5dc680924dd5e00510d6c4405fcfa22d7d690e';

export const samples: RuleSamples = {
  'sourcegraph-access-token': {
    tps: [...snippets(TOKEN, 'SRC_ACCESS_TOKEN'), `SRC_ACCESS_TOKEN=${LOCAL}`],
    fps: [...placeholders('sgp_', 'SRC_ACCESS_TOKEN', 40), `SRC_ACCESS_TOKEN=${LOCAL.slice(0, 40)}`],
  },
};
