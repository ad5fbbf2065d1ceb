// CockroachDB Cloud API keys: `CCDB1_`, 22 alphanumerics, `_`, 39 alphanumerics.
import { tokenRule } from './token-rule';

export const cockroachdbApiKey = tokenRule({
  id: 'cockroachdb-api-key',
  provider: 'CockroachDB',
  description: 'CockroachDB Cloud API key',
  keywords: ['ccdb1_'],
  pattern: /(?<![\w-])CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{39}(?![\w-])/g,
  envVar: 'COCKROACH_API_KEY',
  docs: 'https://www.cockroachlabs.com/docs/cockroachcloud/managing-access#api-access',
  prefixLength: 6,
});

export const cockroachdbRules = [cockroachdbApiKey];
