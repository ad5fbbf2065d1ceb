// Gitea and Forgejo (Codeberg) access tokens: 40 hex with no prefix, so only under their names.
import { namedRule } from './named-rule';

export const giteaAccessToken = namedRule({
  id: 'gitea-access-token',
  provider: 'Gitea',
  description: 'Gitea access token',
  keywords: ['gitea', 'forgejo', 'codeberg'],
  name: 'gitea|forgejo|codeberg',
  value: '[a-f0-9]{40}',
  envVar: 'GITEA_TOKEN',
  docs: 'https://docs.gitea.com/development/api-usage',
});

export const giteaRules = [giteaAccessToken];
