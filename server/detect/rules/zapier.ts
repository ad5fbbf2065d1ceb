// Zapier catch-hook URLs: whoever has one can trigger the Zap.
import { tokenRule } from './token-rule';

export const zapierWebhookUrl = tokenRule({
  id: 'zapier-webhook-url',
  provider: 'Zapier',
  description: 'Zapier webhook URL',
  keywords: ['hooks.zapier.com/hooks/catch/'],
  anchored: false,
  pattern: /(?<![\w-])https:\/\/hooks\.zapier\.com\/hooks\/catch\/[0-9]{6,10}\/[a-z0-9]{6,8}\/?(?![\w-])/g,
  envVar: 'ZAPIER_WEBHOOK_URL',
  severity: 'warning',
  docs: 'https://help.zapier.com/hc/en-us/articles/8496288690317',
  prefixLength: 37,
});

export const zapierRules = [zapierWebhookUrl];
