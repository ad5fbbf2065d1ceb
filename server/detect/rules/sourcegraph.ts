// Sourcegraph access tokens: `sgp_` + (a 16-hex instance id and `_`, or `local_`) + 40 hex.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'sgp_e3b2f96974979461_ad5dc680924dd5e00510d6c4405fcfa22d7d690e';
const LOCAL = 'sgp_local_ad5dc680924dd5e00510d6c4405fcfa22d7d690e';

export const sourcegraphAccessToken = tokenRule({
  id: 'sourcegraph-access-token',
  provider: 'Sourcegraph',
  description: 'Sourcegraph access token',
  keywords: ['sgp_'],
  pattern: /\bsgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}\b/g,
  envVar: 'SRC_ACCESS_TOKEN',
  docs: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token',
  prefixLength: 4,
  samples: {
    tps: [...snippets(TOKEN, 'SRC_ACCESS_TOKEN'), `SRC_ACCESS_TOKEN=${LOCAL}`],
    fps: [...placeholders('sgp_', 'SRC_ACCESS_TOKEN', 40), `SRC_ACCESS_TOKEN=${LOCAL.slice(0, 40)}`],
  },
});

export const sourcegraphRules = [sourcegraphAccessToken];
