// Paddle Billing API keys: `pdl_live_apikey_` or `pdl_sdbx_apikey_`, then three groups separated by `_`.
import { tokenRule } from './token-rule';
import { modeVerdict } from './support/mode';

export const paddleApiKey = tokenRule({
  id: 'paddle-api-key',
  provider: 'Paddle',
  description: 'Paddle API key',
  keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
  pattern: /(?<![\w-])pdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}(?![\w-])/g,
  envVar: 'PADDLE_API_KEY',
  docs: 'https://developer.paddle.com/api-reference/about/api-keys',
  prefixLength: 16,
  check: (secret) => modeVerdict(secret.startsWith('pdl_live_'), 'Paddle API key', 'sandbox'),
});

export const paddleRules = [paddleApiKey];
