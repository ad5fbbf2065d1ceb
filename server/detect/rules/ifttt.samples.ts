import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'ifttt-webhook-key': {
    tps: [
      'IFTTT_WEBHOOK_KEY=vnCrOmP-3RBiTHjkM4igmM',
      'const iftttWebhookKey = "vnCrOmP-3RBiTHjkM4igmM";',
      '{ "iftttWebhookKey": "vnCrOmP-3RBiTHjkM4igmM" }',
      'ifttt_webhook_key: \'vnCrOmP-3RBiTHjkM4igmM\'',
    ],
    fps: [
      'IFTTT_WEBHOOK_KEY=${IFTTT_WEBHOOK_KEY}',
      'IFTTT_WEBHOOK_KEY=xxxxxxx-xxxxxxxxxxxxxx',
      'IFTTT_WEBHOOK_KEY=vnCrOmP-3RB',
      'IFTTT_ACCOUNT_ID=vnCrOmP-3RBiTHjkM4igmM',
      'IFTTT_WEBHOOK_KEY_ID=vnCrOmP-3RBiTHjkM4igmM',
      'const requestId = "vnCrOmP-3RBiTHjkM4igmM";',
    ],
  },
};
