// Alibaba Cloud AccessKey pairs: the id starts `LTAI`; the 30-character secret has no prefix, so it is
// only reported under an Alibaba / Aliyun name.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses, looksLikePlaceholder } from './shape';
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair';
const ID = 'LTAI56SJNDMRwnDfaBGEGj0U';
const SECRET = 'aDR7E1OXv0UZrbBnQaQBQwGXTRTE1Q';

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
  samples: {
    tps: [...snippets(ID, 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'accessKeyId'), `aliyun configure set --access-key-id ${ID}`],
    fps: [...placeholders('LTAI', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 20), 'const LTAIGNMENTSTABLEVIEWS = 3;', `ALIBABA_CLOUD_ACCESS_KEY_ID=${ID.slice(0, 12)}`],
  },
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
  validate: (secret) => (charClasses(secret) === 3 && !looksLikePlaceholder(secret) ? {} : false),
  samples: {
    tps: [
      `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${SECRET}`,
      `const client = new Core({ accessKeyId: "${ID}", accessKeySecret: "${SECRET}" });`,
      `aliyun_secret: ${SECRET}`,
    ],
    fps: [
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_CLOUD_ACCESS_KEY_SECRET}',
      `ALIBABA_CLOUD_REGION=${SECRET}`,
      `accessKeySecret: "${'x'.repeat(30)}"`,
      'accessKeySecret: "yourAccessKeySecretGoesHere123"',
    ],
  },
});

export const alibabaRules = [alibabaAccessKeyId, alibabaAccessKeySecret];
