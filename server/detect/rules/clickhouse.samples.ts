import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = '4b1dw2J3Az0XoamZV8fcneRjShh9GxF6CLhJKHmfzN';

export const samples: RuleSamples = {
  'clickhouse-cloud-key': {
    tps: snippets(TOKEN, 'CLICKHOUSE_KEY_SECRET'),
    fps: [...placeholders('4b1d', 'CLICKHOUSE_KEY_SECRET', 38), `CLICKHOUSE_KEY_SECRET=${TOKEN.slice(0, 4 + 38 - 8)}`],
  },
};
