import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'hibp-api-key': {
    tps: [
      'HIBP_API_KEY=313ff86f66fa079eb9b363931046eedd',
      'const hibpApiKey = "313ff86f66fa079eb9b363931046eedd";',
      '{ "hibpApiKey": "313ff86f66fa079eb9b363931046eedd" }',
      'hibp_api_key: \'313ff86f66fa079eb9b363931046eedd\'',
    ],
    fps: [
      'HIBP_API_KEY=${HIBP_API_KEY}',
      'HIBP_API_KEY=00000000000000000000000000000000',
      'HIBP_API_KEY=313ff86f66fa079e',
      'HIBP_ACCOUNT_ID=313ff86f66fa079eb9b363931046eedd',
      'HIBP_API_KEY_ID=313ff86f66fa079eb9b363931046eedd',
      'const requestId = "313ff86f66fa079eb9b363931046eedd";',
    ],
  },
};
