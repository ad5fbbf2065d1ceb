// Replicate API tokens: `r8_` + 37 alphanumerics.
import { tokenRule } from './token-rule';

export const replicateApiToken = tokenRule({
  id: 'replicate-api-token',
  provider: 'Replicate',
  description: 'Replicate API token',
  keywords: ['r8_'],
  pattern: /\br8_[A-Za-z0-9]{37}\b/g,
  envVar: 'REPLICATE_API_TOKEN',
  docs: 'https://replicate.com/docs/topics/security/api-tokens',
  prefixLength: 3,
});

export const replicateRules = [replicateApiToken];
