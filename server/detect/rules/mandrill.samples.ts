import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mandrill-api-key': {
    tps: [
      'MANDRILL_API_KEY=md-3JrUSEDfSUtI-_K2iCaWDm',
      'const mandrillApiKey = "md-3JrUSEDfSUtI-_K2iCaWDm";',
      '{ "mandrillApiKey": "md-3JrUSEDfSUtI-_K2iCaWDm" }',
      'mandrill_api_key: \'md-3JrUSEDfSUtI-_K2iCaWDm\'',
    ],
    fps: [
      'MANDRILL_API_KEY=${MANDRILL_API_KEY}',
      'MANDRILL_API_KEY=xx-xxxxxxxxxxxx-_xxxxxxxx',
      'MANDRILL_API_KEY=md-3JrUSEDfS',
      'MANDRILL_ACCOUNT_ID=md-3JrUSEDfSUtI-_K2iCaWDm',
      'MANDRILL_API_KEY_ID=md-3JrUSEDfSUtI-_K2iCaWDm',
      'const requestId = "md-3JrUSEDfSUtI-_K2iCaWDm";',
    ],
  },
};
