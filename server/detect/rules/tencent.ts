// Tencent Cloud API keys: the SecretId (`AKID` and 32 alphanumerics) names the key, the SecretKey (32
// alphanumerics, no prefix) is counted under a Tencent name.
import { namedRule } from './named-rule';
import { tokenRule } from './token-rule';

export const tencentSecretId = tokenRule({
  id: 'tencent-secret-id',
  provider: 'Tencent Cloud',
  description: 'Tencent Cloud SecretId',
  keywords: ['akid'],
  pattern: /(?<![\w-])AKID[A-Za-z0-9]{32}(?![\w-])/g,
  envVar: 'TENCENTCLOUD_SECRET_ID',
  severity: 'warning',
  docs: 'https://www.tencentcloud.com/document/product/598/40488',
  prefixLength: 4,
});

export const tencentSecretKey = namedRule({
  id: 'tencent-secret-key',
  provider: 'Tencent Cloud',
  description: 'Tencent Cloud SecretKey',
  keywords: ['tencent'],
  name: 'tencent(?:cloud)?',
  kind: 'secret[_.-]?key|secret',
  value: '[A-Za-z0-9]{32}',
  envVar: 'TENCENTCLOUD_SECRET_KEY',
  docs: 'https://www.tencentcloud.com/document/product/598/40488',
});

export const tencentRules = [tencentSecretId, tencentSecretKey];
