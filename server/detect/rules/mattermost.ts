// Mattermost access tokens: 26 lowercase alphanumerics with no prefix, so only under a Mattermost name.
import { namedRule } from './named-rule';

export const mattermostAccessToken = namedRule({
  id: 'mattermost-access-token',
  provider: 'Mattermost',
  description: 'Mattermost access token',
  keywords: ['mattermost'],
  name: 'mattermost',
  value: '[a-z0-9]{26}',
  envVar: 'MATTERMOST_TOKEN',
  docs: 'https://developers.mattermost.com/integrate/reference/personal-access-token/',
});

export const mattermostRules = [mattermostAccessToken];
