import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'r8_KkvurQntC2x0Cc2eEO8HoyQrwMqSsKH5NmaBT';

export const samples: RuleSamples = {
  'replicate-api-token': {
    tps: snippets(TOKEN, 'REPLICATE_API_TOKEN'),
    fps: [...placeholders('r8_', 'REPLICATE_API_TOKEN', 37), `REPLICATE_API_TOKEN=${TOKEN.slice(0, 3 + 37 - 8)}`],
  },
};
