import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const KEY = 'AGE-SECRET-KEY-1UPEVKJ0ARFYZK8NG8DYLMNUV4E0G7Q4MNNVZ3Y9J5X8TKSCT2KXQZDP4N9';

export const samples: RuleSamples = {
  'age-secret-key': {
    tps: [
      ...snippets(KEY, 'SOPS_AGE_KEY'),
      `# created: 2026-11-02T10:14:05Z\n# public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\n${KEY}`,
    ],
    fps: [
      ...placeholders('AGE-SECRET-KEY-1', 'SOPS_AGE_KEY', 58),
      `SOPS_AGE_KEY=${KEY.slice(0, 50)}`,
      'SOPS_AGE_KEY=AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ',
    ],
  },
};
