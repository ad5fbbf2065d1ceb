import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mailjet-api-key': {
    tps: [
      'MAILJET_API_SECRET=180717ad41940ced177d99fe1beced7e',
      'const mailjetApiSecret = "180717ad41940ced177d99fe1beced7e";',
      '{ "mailjetApiSecret": "180717ad41940ced177d99fe1beced7e" }',
      'mailjet_api_secret: \'180717ad41940ced177d99fe1beced7e\'',
    ],
    fps: [
      'MAILJET_API_SECRET=${MAILJET_API_SECRET}',
      'MAILJET_API_SECRET=00000000000000000000000000000000',
      'MAILJET_API_SECRET=180717ad41940ced',
      'MAILJET_ACCOUNT_ID=180717ad41940ced177d99fe1beced7e',
      'MAILJET_API_SECRET_ID=180717ad41940ced177d99fe1beced7e',
      'const requestId = "180717ad41940ced177d99fe1beced7e";',
    ],
  },
};
