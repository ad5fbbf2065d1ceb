// Weights & Biases API keys: 40 hex with no prefix, so only under a W&B name.
import { namedRule } from './named-rule';

export const wandbApiKey = namedRule({
  id: 'wandb-api-key',
  provider: 'Weights & Biases',
  description: 'Weights & Biases API key',
  keywords: ['wandb'],
  name: 'wandb',
  value: '[a-f0-9]{40}',
  envVar: 'WANDB_API_KEY',
  docs: 'https://docs.wandb.ai/guides/track/environment-variables/',
});

export const wandbRules = [wandbApiKey];
