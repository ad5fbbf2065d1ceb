// Langfuse secret keys: `sk-lf-` and a UUID (the `pk-lf-` public key is not a secret).
import { tokenRule } from './token-rule';

export const langfuseSecretKey = tokenRule({
  id: 'langfuse-secret-key',
  provider: 'Langfuse',
  description: 'Langfuse secret key',
  keywords: ['sk-lf-'],
  pattern: /(?<![\w-])sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/g,
  envVar: 'LANGFUSE_SECRET_KEY',
  minEntropy: 3,
  docs: 'https://langfuse.com/docs/api',
  prefixLength: 6,
});

export const langfuseRules = [langfuseSecretKey];
