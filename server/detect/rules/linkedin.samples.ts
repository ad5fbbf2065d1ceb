import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'linkedin-client-secret': {
    tps: [
      'LINKEDIN_CLIENT_SECRET=E6cxvm8mm2wvq6Pw',
      'const linkedinClientSecret = "E6cxvm8mm2wvq6Pw";',
      '{ "linkedinClientSecret": "E6cxvm8mm2wvq6Pw" }',
      'linkedin_client_secret: \'E6cxvm8mm2wvq6Pw\'',
    ],
    fps: [
      'LINKEDIN_CLIENT_SECRET=${LINKEDIN_CLIENT_SECRET}',
      'LINKEDIN_CLIENT_SECRET=xxxxxxxxxxxxxxxx',
      'LINKEDIN_CLIENT_SECRET=E6cxvm8m',
      'LINKEDIN_ACCOUNT_ID=E6cxvm8mm2wvq6Pw',
      'LINKEDIN_CLIENT_SECRET_ID=E6cxvm8mm2wvq6Pw',
      'const requestId = "E6cxvm8mm2wvq6Pw";',
    ],
  },
};
