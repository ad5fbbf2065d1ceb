// CircleCI personal API tokens: `CCIPAT_` + 22 alphanumerics + `_` + 40 hex.
import { tokenRule } from './token-rule';

export const circleciPat = tokenRule({
  id: 'circleci-pat',
  provider: 'CircleCI',
  description: 'CircleCI personal API token',
  keywords: ['ccipat_'],
  pattern: /\bCCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}\b/g,
  envVar: 'CIRCLECI_TOKEN',
  docs: 'https://circleci.com/docs/managing-api-tokens/',
  prefixLength: 7,
});

export const circleciRules = [circleciPat];
