// Clojars deploy tokens: `CLOJARS_` + 60 lowercase alphanumerics.
import { tokenRule } from './token-rule';

export const clojarsToken = tokenRule({
  id: 'clojars-token',
  provider: 'Clojars',
  description: 'Clojars deploy token',
  keywords: ['clojars_'],
  pattern: /\bCLOJARS_[a-z0-9]{60}\b/g,
  envVar: 'CLOJARS_PASSWORD',
  docs: 'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens',
  prefixLength: 8,
});

export const clojarsRules = [clojarsToken];
