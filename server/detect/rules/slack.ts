import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

// Slack token formats: https://api.slack.com/authentication/token-types. Each starts at a token boundary
// (the lookbehind) so a long run of token characters is tried from one place only.

export const slackBotToken = defineRule({
  id: 'slack-bot-token',
  provider: 'Slack',
  description: 'Slack bot token',
  keywords: ['xoxb-'],
  anchored: true,
  pattern: /(?<![\w-])xoxb-[0-9]{8,13}-(?:[0-9]{8,13}-)?[A-Za-z0-9]{24,34}(?![\w-])/g,
  envVar: 'SLACK_BOT_TOKEN',
  validate: unlessPlaceholder(5),
  docs: 'https://api.slack.com/authentication/token-types#bot',
});

export const slackUserToken = defineRule({
  id: 'slack-user-token',
  provider: 'Slack',
  description: 'Slack user token',
  keywords: ['xoxp-'],
  anchored: true,
  pattern: /(?<![\w-])xoxp-[0-9]{8,13}-[0-9]{8,13}-[0-9]{8,13}-[A-Za-z0-9]{28,34}(?![\w-])/g,
  envVar: 'SLACK_USER_TOKEN',
  validate: unlessPlaceholder(5),
  docs: 'https://api.slack.com/authentication/token-types#user',
});

export const slackAppToken = defineRule({
  id: 'slack-app-token',
  provider: 'Slack',
  description: 'Slack app-level token',
  keywords: ['xapp-'],
  anchored: true,
  pattern: /(?<![\w-])xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64}(?![\w-])/gi,
  envVar: 'SLACK_APP_TOKEN',
  validate: unlessPlaceholder(5),
  docs: 'https://api.slack.com/authentication/token-types#app-level',
});

export const slackConfigToken = defineRule({
  id: 'slack-config-token',
  provider: 'Slack',
  description: 'Slack app configuration access token',
  keywords: ['xoxe.'],
  anchored: true,
  pattern: /(?<![\w.-])xoxe\.xox[bp]-[0-9]-[A-Z0-9]{155,175}(?![\w-])/gi,
  envVar: 'SLACK_CONFIG_TOKEN',
  validate: unlessPlaceholder(10),
  docs: 'https://api.slack.com/authentication/config-tokens',
});

export const slackConfigRefreshToken = defineRule({
  id: 'slack-config-refresh-token',
  provider: 'Slack',
  description: 'Slack app configuration refresh token',
  keywords: ['xoxe-'],
  anchored: true,
  pattern: /(?<![\w.-])xoxe-[0-9]-[A-Z0-9]{140,155}(?![\w-])/gi,
  envVar: 'SLACK_CONFIG_REFRESH_TOKEN',
  validate: unlessPlaceholder(7),
  docs: 'https://api.slack.com/authentication/config-tokens#refresh',
});

export const slackWebhook = defineRule({
  id: 'slack-webhook',
  provider: 'Slack',
  description: 'Slack incoming webhook URL',
  keywords: ['https://hooks.slack.com', 'http://hooks.slack.com'],
  anchored: true,
  pattern:
    /https?:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}|(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/[0-9]{10,20})\/[A-Za-z0-9]{23,25}(?![\w-])/g,
  envVar: 'SLACK_WEBHOOK_URL',
  validate: (secret) => unlessPlaceholder()(secret.slice(secret.lastIndexOf('/') + 1)),
  docs: 'https://api.slack.com/messaging/webhooks',
});

export const slackLegacyToken = defineRule({
  id: 'slack-legacy-token',
  provider: 'Slack',
  description: 'Slack legacy workspace or session token',
  keywords: ['xoxa-', 'xoxo-', 'xoxs-'],
  anchored: true,
  // Retired token kinds that still work where they were never revoked: xoxa-2 (workspace apps), xoxo/xoxs.
  pattern: /(?<![\w-])xox[aos]-(?:2-)?[0-9]{8,13}-[0-9]{8,13}-[0-9]{8,13}-[a-f0-9]{32,64}(?![\w-])/gi,
  envVar: 'SLACK_TOKEN',
  validate: unlessPlaceholder(5),
  docs: 'https://api.slack.com/legacy/workspace-apps',
});

export const slackRules = [slackBotToken, slackUserToken, slackAppToken, slackConfigToken, slackConfigRefreshToken, slackWebhook, slackLegacyToken];
