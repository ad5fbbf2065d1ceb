import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'hexpm-api-key': {
    tps: [
      'HEX_API_KEY=966a539a9d720e0551e3c0c4c5ccf586',
      'const hexApiKey = "966a539a9d720e0551e3c0c4c5ccf586";',
      '{ "hexApiKey": "966a539a9d720e0551e3c0c4c5ccf586" }',
      'hex_api_key: \'966a539a9d720e0551e3c0c4c5ccf586\'',
    ],
    fps: [
      'HEX_API_KEY=${HEX_API_KEY}',
      'HEX_API_KEY=00000000000000000000000000000000',
      'HEX_API_KEY=966a539a9d720e05',
      'HEX_ACCOUNT_ID=966a539a9d720e0551e3c0c4c5ccf586',
      'HEX_API_KEY_ID=966a539a9d720e0551e3c0c4c5ccf586',
      'const requestId = "966a539a9d720e0551e3c0c4c5ccf586";',
    ],
  },
};
