// Sendbird API tokens: 40 hex with no prefix, so only under a Sendbird name.
import { namedRule } from './named-rule';

export const sendbirdApiToken = namedRule({
  id: 'sendbird-api-token',
  provider: 'Sendbird',
  description: 'Sendbird API token',
  keywords: ['sendbird'],
  name: 'sendbird',
  value: '[a-f0-9]{40}',
  envVar: 'SENDBIRD_API_TOKEN',
  docs: 'https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api#2-authentication',
});

export const sendbirdRules = [sendbirdApiToken];
