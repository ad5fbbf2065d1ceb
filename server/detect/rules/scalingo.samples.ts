import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'tk-us-kTM06I1Hw_3iUULOFYfMr3qWf7gTITJnOBFaGFb5SGC7Hjqj';

export const samples: RuleSamples = {
  'scalingo-api-token': {
    tps: snippets(TOKEN, 'SCALINGO_API_TOKEN'),
    fps: [...placeholders('tk-us-', 'SCALINGO_API_TOKEN', 48), `SCALINGO_API_TOKEN=${TOKEN.slice(0, 6 + 48 - 8)}`],
  },
};
