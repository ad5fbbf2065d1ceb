// Replicate API tokens: `r8_` + 37 alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'r8_KkvurQntC2x0Cc2eEO8HoyQrwMqSsKH5NmaBT';

export const replicateApiToken = tokenRule({
  id: 'replicate-api-token',
  provider: 'Replicate',
  description: 'Replicate API token',
  keywords: ['r8_'],
  pattern: /\br8_[A-Za-z0-9]{37}\b/g,
  envVar: 'REPLICATE_API_TOKEN',
  docs: 'https://replicate.com/docs/topics/security/api-tokens',
  prefixLength: 3,
  samples: {
    tps: snippets(TOKEN, 'REPLICATE_API_TOKEN'),
    fps: [...placeholders('r8_', 'REPLICATE_API_TOKEN', 37), `REPLICATE_API_TOKEN=${TOKEN.slice(0, 3 + 37 - 8)}`],
  },
});

export const replicateRules = [replicateApiToken];
