import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mailgun-api-key': {
    tps: [
      'MAILGUN_API_KEY=key-5318158aff90e3b047d1cc2cf9d0b8a3',
      "const mg = mailgun.client({ username: 'api', key: 'key-5318158aff90e3b047d1cc2cf9d0b8a3' });",
    ],
    fps: ['MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'MAILGUN_API_KEY=key-00000000000000000000000000000000', 'api-key-5318158aff90e3b047d1'],
  },
  'mailgun-private-api-key': {
    tps: [
      'MAILGUN_API_KEY=fe82f64de60b65a626edb24ea3659168-a0869c90-2a346f45',
      "mailgunSigningKey: 'fe82f64de60b65a626edb24ea3659168-a0869c90-2a346f45',",
    ],
    fps: [
      'MAILGUN_API_KEY=your-mailgun-private-key',
      'MAILGUN_API_KEY=00000000000000000000000000000000-00000000-00000000',
      'id = "fe82f64de60b65a626edb24ea3659168-a0869c90-2a346f45"',
    ],
  },
};
