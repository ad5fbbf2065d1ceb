import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'teams-webhook': {
    tps: [
      'TEAMS_WEBHOOK_URL=https://acmecorp.webhook.office.com/webhookb2/daa66694-6c0a-4c85-aaa4-5ccfac318452@92bc7878-2d26-47b8-8ac9-3e5d7272c77b/IncomingWebhook/78b0713b2526ef029cef0322562ed48f/44e2b91c-be12-4112-9f25-bb70f3d1f7e1/V2QMQ3_GVcHnBBXsZPyHXseUI1julQlsWoVOeN5vZJq9q',
      "const hook = 'https://outlook.office.com/webhook/daa66694-6c0a-4c85-aaa4-5ccfac318452@92bc7878-2d26-47b8-8ac9-3e5d7272c77b/IncomingWebhook/78b0713b2526ef029cef0322562ed48f/44e2b91c-be12-4112-9f25-bb70f3d1f7e1';",
    ],
    fps: [
      'TEAMS_WEBHOOK_URL=https://outlook.office.com/webhook/<group>@<tenant>/IncomingWebhook/<id>/<owner>',
      'TEAMS_WEBHOOK_URL=https://acmecorp.webhook.office.com/webhookb2/00000000-0000-0000-0000-000000000000@00000000-0000-0000-0000-000000000000/IncomingWebhook/00000000000000000000000000000000/00000000-0000-0000-0000-000000000000',
    ],
  },
};
