import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'zoom-client-secret': {
    tps: [
      'ZOOM_CLIENT_SECRET=yD0UdtfbvqH0Qn3cLB9rmqgVU6sI7G51',
      'const zoomClientSecret = "yD0UdtfbvqH0Qn3cLB9rmqgVU6sI7G51";',
      '{ "zoomClientSecret": "yD0UdtfbvqH0Qn3cLB9rmqgVU6sI7G51" }',
      'zoom_client_secret: \'yD0UdtfbvqH0Qn3cLB9rmqgVU6sI7G51\'',
    ],
    fps: [
      'ZOOM_CLIENT_SECRET=${ZOOM_CLIENT_SECRET}',
      'ZOOM_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ZOOM_CLIENT_SECRET=yD0UdtfbvqH0Qn3c',
      'ZOOM_ACCOUNT_ID=yD0UdtfbvqH0Qn3cLB9rmqgVU6sI7G51',
      'ZOOM_CLIENT_SECRET_ID=yD0UdtfbvqH0Qn3cLB9rmqgVU6sI7G51',
      'const requestId = "yD0UdtfbvqH0Qn3cLB9rmqgVU6sI7G51";',
    ],
  },
};
