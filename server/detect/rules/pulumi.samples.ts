import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'pul-65e88250b4c3b912ee2d679da325668db0ee543a';

export const samples: RuleSamples = {
  'pulumi-access-token': {
    tps: snippets(TOKEN, 'PULUMI_ACCESS_TOKEN'),
    fps: [...placeholders('pul-', 'PULUMI_ACCESS_TOKEN', 40), `PULUMI_ACCESS_TOKEN=${TOKEN.slice(0, 30)}`],
  },
};
