// IFTTT Webhooks keys: 22 base64url characters with no prefix, so only under an IFTTT name.
import { namedRule } from './named-rule';

export const iftttWebhookKey = namedRule({
  id: 'ifttt-webhook-key',
  provider: 'IFTTT',
  description: 'IFTTT Webhooks key',
  keywords: ['ifttt'],
  name: 'ifttt',
  value: '[\\w-]{22}',
  classes: 3,
  envVar: 'IFTTT_WEBHOOK_KEY',
  docs: 'https://ifttt.com/maker_webhooks',
});

export const iftttRules = [iftttWebhookKey];
