// CircleCI personal API tokens: `CCIPAT_` + 22 alphanumerics + `_` + 40 hex.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'CCIPAT_Q0Ud1haOQ7EhMR0CWGByDX_b8d15ce1c6b1a895b247ab55dd922ccaf4f8387d';

export const circleciPat = tokenRule({
  id: 'circleci-pat',
  provider: 'CircleCI',
  description: 'CircleCI personal API token',
  keywords: ['ccipat_'],
  pattern: /\bCCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}\b/g,
  envVar: 'CIRCLECI_TOKEN',
  docs: 'https://circleci.com/docs/managing-api-tokens/',
  prefixLength: 7,
  samples: {
    tps: [...snippets(TOKEN, 'CIRCLECI_TOKEN'), `curl -H "Circle-Token: ${TOKEN}" https://circleci.com/api/v2/me`],
    fps: [...placeholders('CCIPAT_', 'CIRCLECI_TOKEN', 63), `CIRCLECI_TOKEN=${TOKEN.slice(0, 40)}`],
  },
});

export const circleciRules = [circleciPat];
