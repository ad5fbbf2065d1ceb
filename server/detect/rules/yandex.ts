// Yandex Cloud API keys: `AQVN` and about 36 base64url characters.
import { tokenRule } from './token-rule';

export const yandexApiKey = tokenRule({
  id: 'yandex-api-key',
  provider: 'Yandex Cloud',
  description: 'Yandex Cloud API key',
  keywords: ['aqvn'],
  pattern: /(?<![\w-])AQVN[\w-]{35,38}(?![\w-])/g,
  envVar: 'YC_API_KEY',
  docs: 'https://yandex.cloud/en/docs/iam/concepts/authorization/api-key',
  prefixLength: 4,
});

export const yandexRules = [yandexApiKey];
