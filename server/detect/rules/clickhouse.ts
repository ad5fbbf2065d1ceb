// ClickHouse Cloud API secret keys: `4b1d` + 38 alphanumerics.
import { charClasses } from './shape';
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = '4b1dw2J3Az0XoamZV8fcneRjShh9GxF6CLhJKHmfzN';

export const clickhouseCloudKey = tokenRule({
  id: 'clickhouse-cloud-key',
  provider: 'ClickHouse',
  description: 'ClickHouse Cloud API secret key',
  keywords: ['4b1d'],
  pattern: /\b4b1d[A-Za-z0-9]{38}\b/g,
  envVar: 'CLICKHOUSE_KEY_SECRET',
  docs: 'https://clickhouse.com/docs/cloud/manage/openapi',
  prefixLength: 4,
  // The prefix is hex-like: the body must mix cases and digits, unlike a hash.
  check: (secret) => (charClasses(secret.slice(4)) === 3 ? {} : false),
  samples: {
    tps: snippets(TOKEN, 'CLICKHOUSE_KEY_SECRET'),
    fps: [...placeholders('4b1d', 'CLICKHOUSE_KEY_SECRET', 38), `CLICKHOUSE_KEY_SECRET=${TOKEN.slice(0, 4 + 38 - 8)}`],
  },
});

export const clickhouseRules = [clickhouseCloudKey];
