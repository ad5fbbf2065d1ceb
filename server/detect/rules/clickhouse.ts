// ClickHouse Cloud API secret keys: `4b1d` + 38 alphanumerics.
import { charClasses } from './shape';
import { tokenRule } from './token-rule';

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
});

export const clickhouseRules = [clickhouseCloudKey];
