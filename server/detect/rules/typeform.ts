import { defineRule } from '../rule';
import { unlessPlaceholder } from './support/placeholder';

export const typeformPat = defineRule({
  id: 'typeform-pat',
  provider: 'Typeform',
  description: 'Typeform personal access token',
  keywords: ['tfp_'],
  anchored: true,
  pattern: /(?<![\w-])tfp_[A-Za-z0-9_.=-]{59}(?![\w.=-])/g,
  envVar: 'TYPEFORM_TOKEN',
  minEntropy: 3.5,
  validate: unlessPlaceholder(4),
  docs: 'https://www.typeform.com/developers/get-started/personal-access-token/',
  samples: {
    tps: ['TYPEFORM_TOKEN=tfp_e1b_NRWya4ywgDnVE5U5aPEorefQSApw8vAp4rTuQ1GlsXgvtVsXrn8ocTn', "headers: { Authorization: 'Bearer tfp_e1b_NRWya4ywgDnVE5U5aPEorefQSApw8vAp4rTuQ1GlsXgvtVsXrn8ocTn' }"],
    fps: ['TYPEFORM_TOKEN=tfp_your_personal_access_token', 'TYPEFORM_TOKEN=tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});
