import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'klaviyo-private-key': {
    tps: [
      'KLAVIYO_PRIVATE_KEY=pk_4cd6fbff57aee4eb8e1e6bd0f81b779e58',
      'const klaviyoPrivateKey = "pk_4cd6fbff57aee4eb8e1e6bd0f81b779e58";',
      '{\n  "klaviyo_private_key": "pk_4cd6fbff57aee4eb8e1e6bd0f81b779e58"\n}',
      'env:\n  KLAVIYO_PRIVATE_KEY: \'pk_4cd6fbff57aee4eb8e1e6bd0f81b779e58\'',
    ],
    fps: [
      'KLAVIYO_PRIVATE_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'KLAVIYO_PRIVATE_KEY=pk_your_token_here',
      'const klaviyoPrivateKey = process.env.KLAVIYO_PRIVATE_KEY;',
      'KLAVIYO_PRIVATE_KEY=pk_4cd6fbff57aee4eb8',
      'KLAVIYO_PRIVATE_KEY=4cd6fbff57aee4eb8e1e6bd0f81b779e58',
    ],
  },
};
