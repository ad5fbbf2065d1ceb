import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'smartsheet-api-token': {
    tps: [
      'SMARTSHEET_ACCESS_TOKEN=DpJucgtIMrYQZ3eYpXNW3oDlh7MHeqdh9k1a6',
      'const smartsheetAccessToken = "DpJucgtIMrYQZ3eYpXNW3oDlh7MHeqdh9k1a6";',
      '{ "smartsheetAccessToken": "DpJucgtIMrYQZ3eYpXNW3oDlh7MHeqdh9k1a6" }',
      'smartsheet_access_token: \'DpJucgtIMrYQZ3eYpXNW3oDlh7MHeqdh9k1a6\'',
    ],
    fps: [
      'SMARTSHEET_ACCESS_TOKEN=${SMARTSHEET_ACCESS_TOKEN}',
      'SMARTSHEET_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SMARTSHEET_ACCESS_TOKEN=DpJucgtIMrYQZ3eYpX',
      'SMARTSHEET_ACCOUNT_ID=DpJucgtIMrYQZ3eYpXNW3oDlh7MHeqdh9k1a6',
      'SMARTSHEET_ACCESS_TOKEN_ID=DpJucgtIMrYQZ3eYpXNW3oDlh7MHeqdh9k1a6',
      'const requestId = "DpJucgtIMrYQZ3eYpXNW3oDlh7MHeqdh9k1a6";',
    ],
  },
};
