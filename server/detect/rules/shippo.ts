import { defineRule } from '../rule';
import { modeVerdict } from './support/mode';
import { isPlaceholder } from '../placeholder';

export const shippoApiToken = defineRule({
  id: 'shippo-api-token',
  provider: 'Shippo',
  description: 'Shippo API token',
  keywords: ['shippo_live_', 'shippo_test_'],
  anchored: true,
  pattern: /(?<![\w-])shippo_(?:live|test)_[a-f0-9]{40}(?![\w-])/g,
  envVar: 'SHIPPO_API_TOKEN',
  minEntropy: 3,
  validate: (secret) => (isPlaceholder(secret.slice(12)) ? false : modeVerdict(secret.startsWith('shippo_live_'), 'Shippo API token')),
  docs: 'https://docs.goshippo.com/docs/guides_general/authentication/',
});

export const shippoRules = [shippoApiToken];
