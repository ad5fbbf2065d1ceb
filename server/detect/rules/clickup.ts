// ClickUp personal API tokens: `pk_`, the user id, `_` and 32 upper-case alphanumerics.
import { tokenRule } from './token-rule';

export const clickupPersonalToken = tokenRule({
  id: 'clickup-personal-token',
  provider: 'ClickUp',
  description: 'ClickUp personal API token',
  keywords: ['pk_'],
  pattern: /(?<![\w-])pk_[0-9]{6,10}_[A-Z0-9]{32}(?![\w-])/g,
  envVar: 'CLICKUP_API_TOKEN',
  docs: 'https://developer.clickup.com/docs/authentication#personal-token',
  prefixLength: 3,
});

export const clickupRules = [clickupPersonalToken];
