// Portainer access tokens: `ptr_` and 44 base64 characters.
import { tokenRule } from './token-rule';

export const portainerAccessToken = tokenRule({
  id: 'portainer-access-token',
  provider: 'Portainer',
  description: 'Portainer access token',
  keywords: ['ptr_'],
  pattern: /(?<![\w-])ptr_[A-Za-z0-9+/]{43}=(?![\w+/=-])/g,
  envVar: 'PORTAINER_TOKEN',
  docs: 'https://docs.portainer.io/api/access',
  prefixLength: 4,
});

export const portainerRules = [portainerAccessToken];
