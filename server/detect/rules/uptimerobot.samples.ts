import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'uptimerobot-api-key': {
    tps: [
      'UPTIMEROBOT_API_KEY=u3370345-6dc35e59faedcc50370d86d0',
      'const uptimerobotApiKey = "u3370345-6dc35e59faedcc50370d86d0";',
      '{ "uptimerobotApiKey": "u3370345-6dc35e59faedcc50370d86d0" }',
      'uptimerobot_api_key: \'u3370345-6dc35e59faedcc50370d86d0\'',
    ],
    fps: [
      'UPTIMEROBOT_API_KEY=${UPTIMEROBOT_API_KEY}',
      'UPTIMEROBOT_API_KEY=xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
      'UPTIMEROBOT_API_KEY=u3370345-6dc35e5',
      'UPTIMEROBOT_ACCOUNT_ID=u3370345-6dc35e59faedcc50370d86d0',
      'UPTIMEROBOT_API_KEY_ID=u3370345-6dc35e59faedcc50370d86d0',
      'const requestId = "u3370345-6dc35e59faedcc50370d86d0";',
    ],
  },
};
