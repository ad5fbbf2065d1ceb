import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'fireworks-api-key': {
    tps: [
      'FIREWORKS_API_KEY=fw_8XMiTJ2BNevdbnfBf659MEpX',
      'const fireworksApiKey = "fw_8XMiTJ2BNevdbnfBf659MEpX";',
      '{ "fireworksApiKey": "fw_8XMiTJ2BNevdbnfBf659MEpX" }',
      'fireworks_api_key: \'fw_8XMiTJ2BNevdbnfBf659MEpX\'',
    ],
    fps: [
      'FIREWORKS_API_KEY=${FIREWORKS_API_KEY}',
      'FIREWORKS_API_KEY=xx_xxxxxxxxxxxxxxxxxxxxxxxx',
      'FIREWORKS_API_KEY=fw_8XMiTJ2BNe',
      'FIREWORKS_ACCOUNT_ID=fw_8XMiTJ2BNevdbnfBf659MEpX',
      'FIREWORKS_API_KEY_ID=fw_8XMiTJ2BNevdbnfBf659MEpX',
      'const requestId = "fw_8XMiTJ2BNevdbnfBf659MEpX";',
    ],
  },
};
