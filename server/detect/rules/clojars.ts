// Clojars deploy tokens: `CLOJARS_` + 60 lowercase alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'CLOJARS_cezvkpsaxivo8wkuacvt2775opwop9qxtv0a4mee8zlphbcqu9289wmt0jbc';

export const clojarsToken = tokenRule({
  id: 'clojars-token',
  provider: 'Clojars',
  description: 'Clojars deploy token',
  keywords: ['clojars_'],
  pattern: /\bCLOJARS_[a-z0-9]{60}\b/g,
  envVar: 'CLOJARS_PASSWORD',
  docs: 'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens',
  prefixLength: 8,
  samples: {
    tps: snippets(TOKEN, 'CLOJARS_PASSWORD'),
    fps: [...placeholders('CLOJARS_', 'CLOJARS_PASSWORD', 60), `CLOJARS_PASSWORD=${TOKEN.slice(0, 8 + 60 - 8)}`],
  },
});

export const clojarsRules = [clojarsToken];
