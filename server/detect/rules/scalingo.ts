// Scalingo API tokens: `tk-us-` + 48 base64url characters.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'tk-us-kTM06I1Hw_3iUULOFYfMr3qWf7gTITJnOBFaGFb5SGC7Hjqj';

export const scalingoApiToken = tokenRule({
  id: 'scalingo-api-token',
  provider: 'Scalingo',
  description: 'Scalingo API token',
  keywords: ['tk-us-'],
  pattern: /\btk-us-[\w-]{48}(?![\w-])/g,
  envVar: 'SCALINGO_API_TOKEN',
  docs: 'https://doc.scalingo.com/platform/cli/features#login-with-an-api-token',
  prefixLength: 6,
  samples: {
    tps: snippets(TOKEN, 'SCALINGO_API_TOKEN'),
    fps: [...placeholders('tk-us-', 'SCALINGO_API_TOKEN', 48), `SCALINGO_API_TOKEN=${TOKEN.slice(0, 6 + 48 - 8)}`],
  },
});

export const scalingoRules = [scalingoApiToken];
