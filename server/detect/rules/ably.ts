// Ably API keys: `appId.keyId:secret`; counted under an Ably name.
import { namedRule } from './named-rule';

export const ablyApiKey = namedRule({
  id: 'ably-api-key',
  provider: 'Ably',
  description: 'Ably API key',
  keywords: ['ably'],
  name: 'ably',
  value: '[\\w-]{6}\\.[\\w-]{6}:[\\w-]{43}',
  envVar: 'ABLY_API_KEY',
  docs: 'https://ably.com/docs/auth/basic',
});

export const ablyRules = [ablyApiKey];
