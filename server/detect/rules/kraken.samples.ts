import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'kraken-private-key': {
    tps: [
      'KRAKEN_PRIVATE_KEY=cxOj4HxHCbXvTVXmgwDg4AKY5p5Dj62zUSvQACzcfRxH80dGhHR8ewZG80TmMdHdhfpomExtwelR64ndsbtRnI==',
      'const krakenPrivateKey = "cxOj4HxHCbXvTVXmgwDg4AKY5p5Dj62zUSvQACzcfRxH80dGhHR8ewZG80TmMdHdhfpomExtwelR64ndsbtRnI==";',
      '{ "krakenPrivateKey": "cxOj4HxHCbXvTVXmgwDg4AKY5p5Dj62zUSvQACzcfRxH80dGhHR8ewZG80TmMdHdhfpomExtwelR64ndsbtRnI==" }',
      'kraken_private_key: \'cxOj4HxHCbXvTVXmgwDg4AKY5p5Dj62zUSvQACzcfRxH80dGhHR8ewZG80TmMdHdhfpomExtwelR64ndsbtRnI==\'',
    ],
    fps: [
      'KRAKEN_PRIVATE_KEY=${KRAKEN_PRIVATE_KEY}',
      'KRAKEN_PRIVATE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==',
      'KRAKEN_PRIVATE_KEY=cxOj4HxHCbXvTVXmgwDg4AKY5p5Dj62zUSvQACzcfRxH',
      'KRAKEN_ACCOUNT_ID=cxOj4HxHCbXvTVXmgwDg4AKY5p5Dj62zUSvQACzcfRxH80dGhHR8ewZG80TmMdHdhfpomExtwelR64ndsbtRnI==',
      'KRAKEN_PRIVATE_KEY_ID=cxOj4HxHCbXvTVXmgwDg4AKY5p5Dj62zUSvQACzcfRxH80dGhHR8ewZG80TmMdHdhfpomExtwelR64ndsbtRnI==',
      'const requestId = "cxOj4HxHCbXvTVXmgwDg4AKY5p5Dj62zUSvQACzcfRxH80dGhHR8ewZG80TmMdHdhfpomExtwelR64ndsbtRnI==";',
    ],
  },
};
