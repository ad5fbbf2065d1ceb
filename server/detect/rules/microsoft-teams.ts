import { defineRule } from '../rule';
import { isPlaceholder } from '../placeholder';

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
});

export const microsoftTeamsRules = [teamsWebhook];
