import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'steam-web-api-key': {
    tps: [
      'STEAM_API_KEY=F534DA27CDFCBF653F64E68844F79984',
      'const steamApiKey = "F534DA27CDFCBF653F64E68844F79984";',
      '{ "steamApiKey": "F534DA27CDFCBF653F64E68844F79984" }',
      'steam_api_key: \'F534DA27CDFCBF653F64E68844F79984\'',
    ],
    fps: [
      'STEAM_API_KEY=${STEAM_API_KEY}',
      'STEAM_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'STEAM_API_KEY=F534DA27CDFCBF65',
      'STEAM_ACCOUNT_ID=F534DA27CDFCBF653F64E68844F79984',
      'STEAM_API_KEY_ID=F534DA27CDFCBF653F64E68844F79984',
      'const requestId = "F534DA27CDFCBF653F64E68844F79984";',
    ],
  },
};
