import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'pipedrive-api-token': {
    tps: [
      'PIPEDRIVE_API_TOKEN=a092758bc0bcc9ff3d1da310bdf98035493e0c26',
      'const pipedriveApiToken = "a092758bc0bcc9ff3d1da310bdf98035493e0c26";',
      '{ "pipedriveApiToken": "a092758bc0bcc9ff3d1da310bdf98035493e0c26" }',
      'pipedrive_api_token: \'a092758bc0bcc9ff3d1da310bdf98035493e0c26\'',
    ],
    fps: [
      'PIPEDRIVE_API_TOKEN=${PIPEDRIVE_API_TOKEN}',
      'PIPEDRIVE_API_TOKEN=0000000000000000000000000000000000000000',
      'PIPEDRIVE_API_TOKEN=a092758bc0bcc9ff3d1d',
      'PIPEDRIVE_ACCOUNT_ID=a092758bc0bcc9ff3d1da310bdf98035493e0c26',
      'PIPEDRIVE_API_TOKEN_ID=a092758bc0bcc9ff3d1da310bdf98035493e0c26',
      'const requestId = "a092758bc0bcc9ff3d1da310bdf98035493e0c26";',
    ],
  },
};
