import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'sendgrid-api-key': {
    tps: [
      'SENDGRID_API_KEY=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',
      "sgMail.setApiKey('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');",
    ],
    fps: [
      'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      "sgMail.setApiKey('SG.your-api-key');",
      'SENDGRID_API_KEY=SG.Eb28WsmaZtsKaRhwZRnMjT.ylqjbyMxU2kYIPmYYCv',
    ],
  },
};
