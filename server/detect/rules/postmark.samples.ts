import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'postmark-server-token': {
    tps: [
      'POSTMARK_SERVER_TOKEN=afc703a0-29ec-462c-b104-92077c5622ff',
      'curl -H "X-Postmark-Server-Token: afc703a0-29ec-462c-b104-92077c5622ff" https://api.postmarkapp.com/email',
      "  postmarkServerToken: 'afc703a0-29ec-462c-b104-92077c5622ff',",
    ],
    fps: [
      'POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000',
      'POSTMARK_SERVER_TOKEN=your-server-token',
      'request_id = "afc703a0-29ec-462c-b104-92077c5622ff"',
    ],
  },
};
