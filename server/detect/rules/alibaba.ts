// Alibaba Cloud AccessKey pairs: the id starts `LTAI`; the 30-character secret has no prefix, so it is
// only reported under an Alibaba / Aliyun name.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { isPlaceholder } from '../placeholder';
import { tokenRule } from './token-rule';

const DOCS = 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair';

export const alibabaAccessKeyId = tokenRule({
  id: 'alibaba-access-key-id',
  provider: 'Alibaba Cloud',
  description: 'Alibaba Cloud AccessKey ID',
  keywords: ['ltai'],
  pattern: /\bLTAI[A-Za-z0-9]{12,20}\b/g,
  envVar: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  docs: DOCS,
  prefixLength: 4,
  check: (secret) => (charClasses(secret.slice(4)) >= 2 ? {} : false),
});

export const alibabaAccessKeySecret = defineRule({
  id: 'alibaba-access-key-secret',
  provider: 'Alibaba Cloud',
  description: 'Alibaba Cloud AccessKey secret',
  keywords: ['alibaba', 'aliyun', 'alicloud', 'accesskeysecret', 'access_key_secret'],
  pattern: new RegExp(assigned('(?:alibaba|aliyun|alicloud)[\\w.-]{0,30}?secret|access[_.-]?key[_.-]?secret', '[A-Za-z0-9]{30}'), 'gi'),
  envVar: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  minEntropy: 3.8,
  docs: DOCS,
  validate: (secret) => (charClasses(secret) === 3 && !isPlaceholder(secret) ? {} : false),
});

export const alibabaRules = [alibabaAccessKeyId, alibabaAccessKeySecret];
