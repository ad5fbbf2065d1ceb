// Sourcegraph access tokens: `sgp_` + (a 16-hex instance id and `_`, or `local_`) + 40 hex.
import { tokenRule } from './token-rule';

export const sourcegraphAccessToken = tokenRule({
  id: 'sourcegraph-access-token',
  provider: 'Sourcegraph',
  description: 'Sourcegraph access token',
  keywords: ['sgp_'],
  pattern: /\bsgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}\b/g,
  envVar: 'SRC_ACCESS_TOKEN',
  docs: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token',
  prefixLength: 4,
});

export const sourcegraphRules = [sourcegraphAccessToken];
