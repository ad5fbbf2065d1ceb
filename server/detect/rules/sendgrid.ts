import { defineRule } from '../rule';
import { unlessPlaceholder } from './support/placeholder';

export const sendgridApiKey = defineRule({
  id: 'sendgrid-api-key',
  provider: 'SendGrid',
  description: 'SendGrid API key',
  keywords: ['sg.'],
  anchored: true,
  // SG.<22-char key id>.<43-char secret>, both base64url.
  pattern: /(?<![\w.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![\w-])/g,
  envVar: 'SENDGRID_API_KEY',
  validate: unlessPlaceholder(3),
  docs: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
  samples: {
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
});
