import { defineRule } from '../rule';
import { isPlaceholder } from './support/placeholder';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// Incoming webhook URLs post into a channel with no other credential: the whole URL is the secret.
export const teamsWebhook = defineRule({
  id: 'teams-webhook',
  provider: 'Microsoft Teams',
  description: 'Microsoft Teams incoming webhook URL',
  keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
  pattern: new RegExp(
    `https://(?:[a-z0-9-]{1,63}\\.webhook|outlook)\\.office\\.com/webhook(?:b2)?/${UUID}@${UUID}/IncomingWebhook/[0-9a-f]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,80})?(?![\\w-])`,
    'gi',
  ),
  envVar: 'TEAMS_WEBHOOK_URL',
  validate: (secret) => (isPlaceholder(secret.split('/IncomingWebhook/')[1]!) ? false : {}),
  docs: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
  samples: {
    tps: [
      'TEAMS_WEBHOOK_URL=https://acmecorp.webhook.office.com/webhookb2/daa66694-6c0a-4c85-aaa4-5ccfac318452@92bc7878-2d26-47b8-8ac9-3e5d7272c77b/IncomingWebhook/78b0713b2526ef029cef0322562ed48f/44e2b91c-be12-4112-9f25-bb70f3d1f7e1/V2QMQ3_GVcHnBBXsZPyHXseUI1julQlsWoVOeN5vZJq9q',
      "const hook = 'https://outlook.office.com/webhook/daa66694-6c0a-4c85-aaa4-5ccfac318452@92bc7878-2d26-47b8-8ac9-3e5d7272c77b/IncomingWebhook/78b0713b2526ef029cef0322562ed48f/44e2b91c-be12-4112-9f25-bb70f3d1f7e1';",
    ],
    fps: [
      'TEAMS_WEBHOOK_URL=https://outlook.office.com/webhook/<group>@<tenant>/IncomingWebhook/<id>/<owner>',
      'TEAMS_WEBHOOK_URL=https://acmecorp.webhook.office.com/webhookb2/00000000-0000-0000-0000-000000000000@00000000-0000-0000-0000-000000000000/IncomingWebhook/00000000000000000000000000000000/00000000-0000-0000-0000-000000000000',
    ],
  },
});
