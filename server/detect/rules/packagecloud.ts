// packagecloud API tokens: 48 hex with no prefix, so only under a packagecloud name.
import { namedRule } from './named-rule';

export const packagecloudToken = namedRule({
  id: 'packagecloud-token',
  provider: 'packagecloud',
  description: 'packagecloud API token',
  keywords: ['packagecloud'],
  name: 'packagecloud',
  value: '[a-f0-9]{48}',
  envVar: 'PACKAGECLOUD_TOKEN',
  docs: 'https://packagecloud.io/docs/api#api_tokens',
});

export const packagecloudRules = [packagecloudToken];
