// Scalingo API tokens: `tk-us-` + 48 base64url characters.
import { tokenRule } from './token-rule';

export const scalingoApiToken = tokenRule({
  id: 'scalingo-api-token',
  provider: 'Scalingo',
  description: 'Scalingo API token',
  keywords: ['tk-us-'],
  pattern: /\btk-us-[\w-]{48}(?![\w-])/g,
  envVar: 'SCALINGO_API_TOKEN',
  docs: 'https://doc.scalingo.com/platform/cli/features#login-with-an-api-token',
  prefixLength: 6,
});

export const scalingoRules = [scalingoApiToken];
