// Honeybadger personal auth tokens: `hbp_` and 36 alphanumerics.
import { tokenRule } from './token-rule';

export const honeybadgerPersonalToken = tokenRule({
  id: 'honeybadger-personal-token',
  provider: 'Honeybadger',
  description: 'Honeybadger personal auth token',
  keywords: ['hbp_'],
  pattern: /(?<![\w-])hbp_[A-Za-z0-9]{36}(?![\w-])/g,
  envVar: 'HONEYBADGER_AUTH_TOKEN',
  docs: 'https://docs.honeybadger.io/api/#authentication',
  prefixLength: 4,
});

export const honeybadgerRules = [honeybadgerPersonalToken];
