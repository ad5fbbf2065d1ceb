import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'sendbird-api-token': {
    tps: [
      'SENDBIRD_API_TOKEN=119a943cc1b194a861f4210fcc9a0b35db074574',
      'const sendbirdApiToken = "119a943cc1b194a861f4210fcc9a0b35db074574";',
      '{ "sendbirdApiToken": "119a943cc1b194a861f4210fcc9a0b35db074574" }',
      'sendbird_api_token: \'119a943cc1b194a861f4210fcc9a0b35db074574\'',
    ],
    fps: [
      'SENDBIRD_API_TOKEN=${SENDBIRD_API_TOKEN}',
      'SENDBIRD_API_TOKEN=0000000000000000000000000000000000000000',
      'SENDBIRD_API_TOKEN=119a943cc1b194a861f4',
      'SENDBIRD_ACCOUNT_ID=119a943cc1b194a861f4210fcc9a0b35db074574',
      'SENDBIRD_API_TOKEN_ID=119a943cc1b194a861f4210fcc9a0b35db074574',
      'const requestId = "119a943cc1b194a861f4210fcc9a0b35db074574";',
    ],
  },
};
