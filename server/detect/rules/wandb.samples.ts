import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'wandb-api-key': {
    tps: [
      'WANDB_API_KEY=8bb1b08138987b68a5c40aa2166b2f7b591e7b19',
      'const wandbApiKey = "8bb1b08138987b68a5c40aa2166b2f7b591e7b19";',
      '{ "wandbApiKey": "8bb1b08138987b68a5c40aa2166b2f7b591e7b19" }',
      'wandb_api_key: \'8bb1b08138987b68a5c40aa2166b2f7b591e7b19\'',
    ],
    fps: [
      'WANDB_API_KEY=${WANDB_API_KEY}',
      'WANDB_API_KEY=0000000000000000000000000000000000000000',
      'WANDB_API_KEY=8bb1b08138987b68a5c4',
      'WANDB_ACCOUNT_ID=8bb1b08138987b68a5c40aa2166b2f7b591e7b19',
      'WANDB_API_KEY_ID=8bb1b08138987b68a5c40aa2166b2f7b591e7b19',
      'const requestId = "8bb1b08138987b68a5c40aa2166b2f7b591e7b19";',
    ],
  },
};
