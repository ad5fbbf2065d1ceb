import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'CCIPAT_Q0Ud1haOQ7EhMR0CWGByDX_b8d15ce1c6b1a895b247ab55dd922ccaf4f8387d';

export const samples: RuleSamples = {
  'circleci-pat': {
    tps: [...snippets(TOKEN, 'CIRCLECI_TOKEN'), `curl -H "Circle-Token: ${TOKEN}" https://circleci.com/api/v2/me`],
    fps: [...placeholders('CCIPAT_', 'CIRCLECI_TOKEN', 63), `CIRCLECI_TOKEN=${TOKEN.slice(0, 40)}`],
  },
};
