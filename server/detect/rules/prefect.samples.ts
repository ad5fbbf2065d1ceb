import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'pnu_1KBvH4VCRLD6ndD3c4vcSPmWzYUqfurnCWnL';

export const samples: RuleSamples = {
  'prefect-api-key': {
    tps: snippets(TOKEN, 'PREFECT_API_KEY'),
    fps: [...placeholders('pnu_', 'PREFECT_API_KEY', 36), `PREFECT_API_KEY=${TOKEN.slice(0, 4 + 36 - 8)}`],
  },
};
