import { defineRule } from '../rule';
import { unlessPlaceholder } from './support/placeholder';

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
  samples: {
    tps: [
      'const slack = new WebClient("xoxb-638837229746-7059279241404-fDIMQJNDlB0ljOgzyqEyhWjK");',
      'SLACK_BOT_TOKEN=xoxb-14641765496-023917574993-PWAQUt44EGDAqhgr8XrsFFp0',
      'slack:\n  token: "xoxb-638837229746-7059279241404-fDIMQJNDlB0ljOgzyqEyhWjK"',
    ],
    fps: [
      'SLACK_BOT_TOKEN=xoxb-your-bot-token',
      'token = "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"',
      'token = "xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx"',
      'const token = process.env.SLACK_BOT_TOKEN; // starts with xoxb-',
      '{ "ok": true, "access_token": "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", "token_type": "bot" }',
    ],
  },
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
  samples: {
    tps: [
      'SLACK_USER_TOKEN=xoxp-402062531561-743358793803-5929038458266-17ddbf43fb4a2448a61cd88d4aa3e1b0',
      '{"slack_token": "xoxp-402062531561-743358793803-5929038458266-17ddbf43fb4a2448a61cd88d4aa3e1b0"}',
    ],
    fps: [
      'SLACK_USER_TOKEN=xoxp-...',
      'token: xoxp-000000000000-000000000000-000000000000-00000000000000000000000000000000',
      'token: xoxp-402062531561-743358793803-17ddbf43fb4a2448a61cd88d4aa3e1b0',
    ],
  },
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
  samples: {
    tps: [
      'SLACK_APP_TOKEN=xapp-1-A4X1PDS4OSH-5389438791874-838ade9c7bb6ab5763704e15dd74783c6e12e7eeb12d61e2094aebdd684c4344',
      "appToken: 'xapp-1-A4X1PDS4OSH-5389438791874-838ade9c7bb6ab5763704e15dd74783c6e12e7eeb12d61e2094aebdd684c4344',",
    ],
    fps: [
      'SLACK_APP_TOKEN=xapp-1-your-app-token',
      "appToken: 'xapp-1-A0000000000-0000000000000-0000000000000000000000000000000000000000000000000000000000000000'",
    ],
  },
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
  samples: {
    tps: [
      'SLACK_CONFIG_TOKEN=xoxe.xoxb-1-AFM8QLXBUJB6IN2O4GGF09LFJRVPZ5WYM0VYMC4W5QQL66FJ1YQ8TD5LEJB6MC031UEKBFRJNF8IR1X2U8OJ2J1OBBSYJ6P3P3BTIXXR2ZF5PXWVV5I21CD18HTA05H5I7MWXYQGZ6PWIXH680OTWBYWYSH4JSVQFZA2',
    ],
    fps: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-<config-token>', 'SLACK_CONFIG_TOKEN=xoxe.xoxb-1-AFM8QLXBUJB6IN2O4GGF09'],
  },
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
  samples: {
    tps: [
      '"refresh_token": "xoxe-1-5Y2FB59ST6FGJG2UMN9E8OVQ46SVGDWKS1QDUJJY7DO6R86JZ9EE6Z30P3CIR4ZTC5SVCNVOBMIVAZAOQOHS1Q2FNPGDQDDNCZ88V34QXVYZAKB6R5J4XS4LJ051QAP9JJXIABJDBGXEUUNRIZ"',
    ],
    fps: ['"refresh_token": "xoxe-1-..."', '"refresh_token": "xoxe-1-5Y2FB59ST6FGJG2UMN9E8OVQ46SVGDWKS1"'],
  },
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
  samples: {
    tps: [
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/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',
      "await fetch('https://hooks.slack.com/services/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', { method: 'POST' });",
    ],
    fps: [
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'url: https://hooks.slack.com/services/YOUR/WEBHOOK/URL',
      'See https://hooks.slack.com/services/ for the endpoint.',
    ],
  },
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
  samples: {
    tps: [
      'SLACK_TOKEN=xoxa-2-240524563146-638303539155-3743228946387-2da2ec58fe3320ce49b9fc47aa99b893b31fa98a7c99151532cab83f63eb2fc4',
      "slack_session = 'xoxs-74005638944-55873248418-040213979722-26477321231b6f8b4ea18269e9447505632a54845a8916ce32321741f74e0eed'",
    ],
    fps: ['SLACK_TOKEN=xoxs-your-session-token', 'SLACK_TOKEN=xoxa-2-000000000000-000000000000-0000000000000-0000000000000000000000000000000000000000000000000000000000000000'],
  },
});
