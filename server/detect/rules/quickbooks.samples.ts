import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'quickbooks-client-secret': {
    tps: [
      'QUICKBOOKS_CLIENT_SECRET=fdjw2W60nzExADW2MQUlJMXMY394ha9PQe3uZ2v0',
      'const quickbooksClientSecret = "fdjw2W60nzExADW2MQUlJMXMY394ha9PQe3uZ2v0";',
      '{ "quickbooksClientSecret": "fdjw2W60nzExADW2MQUlJMXMY394ha9PQe3uZ2v0" }',
      'quickbooks_client_secret: \'fdjw2W60nzExADW2MQUlJMXMY394ha9PQe3uZ2v0\'',
    ],
    fps: [
      'QUICKBOOKS_CLIENT_SECRET=${QUICKBOOKS_CLIENT_SECRET}',
      'QUICKBOOKS_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'QUICKBOOKS_CLIENT_SECRET=fdjw2W60nzExADW2MQUl',
      'QUICKBOOKS_ACCOUNT_ID=fdjw2W60nzExADW2MQUlJMXMY394ha9PQe3uZ2v0',
      'QUICKBOOKS_CLIENT_SECRET_ID=fdjw2W60nzExADW2MQUlJMXMY394ha9PQe3uZ2v0',
      'const requestId = "fdjw2W60nzExADW2MQUlJMXMY394ha9PQe3uZ2v0";',
    ],
  },
};
