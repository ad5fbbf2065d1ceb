import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'xata-api-key': {
    tps: [
      'XATA_API_KEY=xau_Q030WgzTnTkh3cvZcvkP2d0xPaG2doPQMOH3',
      'const xataApiKey = "xau_Q030WgzTnTkh3cvZcvkP2d0xPaG2doPQMOH3";',
      '{\n  "xata_api_key": "xau_Q030WgzTnTkh3cvZcvkP2d0xPaG2doPQMOH3"\n}',
      'env:\n  XATA_API_KEY: \'xau_Q030WgzTnTkh3cvZcvkP2d0xPaG2doPQMOH3\'',
    ],
    fps: [
      'XATA_API_KEY=xau_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'XATA_API_KEY=xau_your_token_here',
      'const xataApiKey = process.env.XATA_API_KEY;',
      'XATA_API_KEY=xau_Q030WgzTnTkh3cvZ',
      'XATA_API_KEY=Q030WgzTnTkh3cvZcvkP2d0xPaG2doPQMOH3',
    ],
  },
};
