import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const ID = 'LTAI56SJNDMRwnDfaBGEGj0U';
const SECRET = 'aDR7E1OXv0UZrbBnQaQBQwGXTRTE1Q';

export const samples: RuleSamples = {
  'alibaba-access-key-id': {
    tps: [...snippets(ID, 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'accessKeyId'), `aliyun configure set --access-key-id ${ID}`],
    fps: [...placeholders('LTAI', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 20), 'const LTAIGNMENTSTABLEVIEWS = 3;', `ALIBABA_CLOUD_ACCESS_KEY_ID=${ID.slice(0, 12)}`],
  },
  'alibaba-access-key-secret': {
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
};
