import { defineRule } from '../rule';
import { modeVerdict } from './support/mode';
import { isPlaceholder } from './support/placeholder';

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
  samples: {
    tps: ['SHIPPO_API_TOKEN=shippo_live_6652032509ca722cf794a9d358aa29afe31ac90c', "shippo.config.apiKey = 'shippo_test_0b139fa0d39b1e2a55ee4040316e87f69d781c70';"],
    fps: ['SHIPPO_API_TOKEN=shippo_live_<token>', 'SHIPPO_API_TOKEN=shippo_test_0000000000000000000000000000000000000000'],
  },
});
