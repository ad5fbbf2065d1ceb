import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'brevo-api-key': {
    tps: [
      'BREVO_API_KEY=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',
      "smtp_password: 'xsmtpsib-63973bda91b9cbfc7b90ae3925687694f5182bc2deae8f81bd9c4e3d4eabd0f3-VzFhHAhu3AtQPEso'",
    ],
    fps: [
      'SENDINBLUE_API_KEY=xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx',
      'BREVO_API_KEY=xkeysib-your-api-key',
    ],
  },
};
