import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'typeform-pat': {
    tps: ['TYPEFORM_TOKEN=tfp_e1b_NRWya4ywgDnVE5U5aPEorefQSApw8vAp4rTuQ1GlsXgvtVsXrn8ocTn', "headers: { Authorization: 'Bearer tfp_e1b_NRWya4ywgDnVE5U5aPEorefQSApw8vAp4rTuQ1GlsXgvtVsXrn8ocTn' }"],
    fps: ['TYPEFORM_TOKEN=tfp_your_personal_access_token', 'TYPEFORM_TOKEN=tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
