import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mailchimp-api-key': {
    tps: [
      'MAILCHIMP_API_KEY=9fa5768596cb9951a87efbf1220c9d98-us1',
      "mailchimp.setConfig({ apiKey: '9fa5768596cb9951a87efbf1220c9d98-us1', server: 'us1' });",
    ],
    fps: [
      'MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1',
      'MAILCHIMP_API_KEY=00000000000000000000000000000000-us6',
      'MAILCHIMP_API_KEY=your-api-key-us1',
    ],
  },
};
