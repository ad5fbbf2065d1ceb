import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'trello-token': {
    tps: [
      'TRELLO_TOKEN=ATTA455c9d4d089e4CEeb7fd30fBd92Fbd1cDE3C400Bfb2090a2fCbAcCBf942fa35eBca68cCD',
      'const trelloToken = "ATTA455c9d4d089e4CEeb7fd30fBd92Fbd1cDE3C400Bfb2090a2fCbAcCBf942fa35eBca68cCD";',
      '{\n  "trello_token": "ATTA455c9d4d089e4CEeb7fd30fBd92Fbd1cDE3C400Bfb2090a2fCbAcCBf942fa35eBca68cCD"\n}',
      'env:\n  TRELLO_TOKEN: \'ATTA455c9d4d089e4CEeb7fd30fBd92Fbd1cDE3C400Bfb2090a2fCbAcCBf942fa35eBca68cCD\'',
    ],
    fps: [
      'TRELLO_TOKEN=ATTAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TRELLO_TOKEN=ATTAyour_token_here',
      'const trelloToken = process.env.TRELLO_TOKEN;',
      'TRELLO_TOKEN=ATTA455c9d4d089e4CEeb7fd30fBd92Fbd1cDE3C',
      'TRELLO_TOKEN=455c9d4d089e4CEeb7fd30fBd92Fbd1cDE3C400Bfb2090a2fCbAcCBf942fa35eBca68cCD',
    ],
  },
  'trello-token-legacy': {
    tps: [
      'TRELLO_TOKEN=c5234b17ab0995bd203b9712ffbd37b427144820f28da4c1ae040a4e644a7784',
      'const trelloToken = "c5234b17ab0995bd203b9712ffbd37b427144820f28da4c1ae040a4e644a7784";',
      '{ "trelloToken": "c5234b17ab0995bd203b9712ffbd37b427144820f28da4c1ae040a4e644a7784" }',
      'trello_token: \'c5234b17ab0995bd203b9712ffbd37b427144820f28da4c1ae040a4e644a7784\'',
    ],
    fps: [
      'TRELLO_TOKEN=${TRELLO_TOKEN}',
      'TRELLO_TOKEN=0000000000000000000000000000000000000000000000000000000000000000',
      'TRELLO_TOKEN=c5234b17ab0995bd203b9712ffbd37b4',
      'TRELLO_ACCOUNT_ID=c5234b17ab0995bd203b9712ffbd37b427144820f28da4c1ae040a4e644a7784',
      'TRELLO_TOKEN_ID=c5234b17ab0995bd203b9712ffbd37b427144820f28da4c1ae040a4e644a7784',
      'const requestId = "c5234b17ab0995bd203b9712ffbd37b427144820f28da4c1ae040a4e644a7784";',
    ],
  },
};
