import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'zapier-webhook-url': {
    tps: [
      'ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/31325176/b28olv6',
      'const zapierWebhookUrl = "https://hooks.zapier.com/hooks/catch/31325176/b28olv6";',
      '{\n  "zapier_webhook_url": "https://hooks.zapier.com/hooks/catch/31325176/b28olv6"\n}',
      'env:\n  ZAPIER_WEBHOOK_URL: \'https://hooks.zapier.com/hooks/catch/31325176/b28olv6\'',
    ],
    fps: [
      'ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/xxxxxxxxxxxxx',
      'ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/your_token_here',
      'const zapierWebhookUrl = process.env.ZAPIER_WEBHOOK_URL;',
      'ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/313251',
      'ZAPIER_WEBHOOK_URL=31325176/b28olv6',
    ],
  },
};
