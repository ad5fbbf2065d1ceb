import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'resend-api-key': {
    tps: ['RESEND_API_KEY=re_Rj8pXhDm_8Cj6NcVHkinUbuxV4rhWkEts', "const resend = new Resend('re_Rj8pXhDm_8Cj6NcVHkinUbuxV4rhWkEts');"],
    fps: ['RESEND_API_KEY=re_123456789', "const resend = new Resend('re_xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx');", 'function are_equal_values_in_the_same_order() {}'],
  },
};
