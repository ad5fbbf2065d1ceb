import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'slack-bot-token': {
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
  'slack-user-token': {
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
  'slack-app-token': {
    tps: [
      'SLACK_APP_TOKEN=xapp-1-A4X1PDS4OSH-5389438791874-838ade9c7bb6ab5763704e15dd74783c6e12e7eeb12d61e2094aebdd684c4344',
      "appToken: 'xapp-1-A4X1PDS4OSH-5389438791874-838ade9c7bb6ab5763704e15dd74783c6e12e7eeb12d61e2094aebdd684c4344',",
    ],
    fps: [
      'SLACK_APP_TOKEN=xapp-1-your-app-token',
      "appToken: 'xapp-1-A0000000000-0000000000000-0000000000000000000000000000000000000000000000000000000000000000'",
    ],
  },
  'slack-config-token': {
    tps: [
      'SLACK_CONFIG_TOKEN=xoxe.xoxb-1-AFM8QLXBUJB6IN2O4GGF09LFJRVPZ5WYM0VYMC4W5QQL66FJ1YQ8TD5LEJB6MC031UEKBFRJNF8IR1X2U8OJ2J1OBBSYJ6P3P3BTIXXR2ZF5PXWVV5I21CD18HTA05H5I7MWXYQGZ6PWIXH680OTWBYWYSH4JSVQFZA2',
    ],
    fps: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-<config-token>', 'SLACK_CONFIG_TOKEN=xoxe.xoxb-1-AFM8QLXBUJB6IN2O4GGF09'],
  },
  'slack-config-refresh-token': {
    tps: [
      '"refresh_token": "xoxe-1-5Y2FB59ST6FGJG2UMN9E8OVQ46SVGDWKS1QDUJJY7DO6R86JZ9EE6Z30P3CIR4ZTC5SVCNVOBMIVAZAOQOHS1Q2FNPGDQDDNCZ88V34QXVYZAKB6R5J4XS4LJ051QAP9JJXIABJDBGXEUUNRIZ"',
    ],
    fps: ['"refresh_token": "xoxe-1-..."', '"refresh_token": "xoxe-1-5Y2FB59ST6FGJG2UMN9E8OVQ46SVGDWKS1"'],
  },
  'slack-webhook': {
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
  'slack-legacy-token': {
    tps: [
      'SLACK_TOKEN=xoxa-2-240524563146-638303539155-3743228946387-2da2ec58fe3320ce49b9fc47aa99b893b31fa98a7c99151532cab83f63eb2fc4',
      "slack_session = 'xoxs-74005638944-55873248418-040213979722-26477321231b6f8b4ea18269e9447505632a54845a8916ce32321741f74e0eed'",
    ],
    fps: ['SLACK_TOKEN=xoxs-your-session-token', 'SLACK_TOKEN=xoxa-2-000000000000-000000000000-0000000000000-0000000000000000000000000000000000000000000000000000000000000000'],
  },
};
