import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'akamai-edgegrid-token': {
    tps: [
      'AKAMAI_ACCESS_TOKEN=akab-768vkca42gfxnpj7-243vprvqk1ctl9cd',
      'const akamaiAccessToken = "akab-768vkca42gfxnpj7-243vprvqk1ctl9cd";',
      '{\n  "akamai_access_token": "akab-768vkca42gfxnpj7-243vprvqk1ctl9cd"\n}',
      'env:\n  AKAMAI_ACCESS_TOKEN: \'akab-768vkca42gfxnpj7-243vprvqk1ctl9cd\'',
    ],
    fps: [
      'AKAMAI_ACCESS_TOKEN=akab-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AKAMAI_ACCESS_TOKEN=akab-your_token_here',
      'const akamaiAccessToken = process.env.AKAMAI_ACCESS_TOKEN;',
      'AKAMAI_ACCESS_TOKEN=akab-768vkca42gfxnpj7',
      'AKAMAI_ACCESS_TOKEN=768vkca42gfxnpj7-243vprvqk1ctl9cd',
    ],
  },
  'akamai-client-secret': {
    tps: [
      'AKAMAI_CLIENT_SECRET=+K1ccDQTNQ5kvSKoMQtOANI1g/jUx3vic87GfAXSb0I=',
      'const akamaiClientSecret = "+K1ccDQTNQ5kvSKoMQtOANI1g/jUx3vic87GfAXSb0I=";',
      '{ "akamaiClientSecret": "+K1ccDQTNQ5kvSKoMQtOANI1g/jUx3vic87GfAXSb0I=" }',
      'akamai_client_secret: \'+K1ccDQTNQ5kvSKoMQtOANI1g/jUx3vic87GfAXSb0I=\'',
    ],
    fps: [
      'AKAMAI_CLIENT_SECRET=${AKAMAI_CLIENT_SECRET}',
      'AKAMAI_CLIENT_SECRET=+xxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxx=',
      'AKAMAI_CLIENT_SECRET=+K1ccDQTNQ5kvSKoMQtOAN',
      'AKAMAI_ACCOUNT_ID=+K1ccDQTNQ5kvSKoMQtOANI1g/jUx3vic87GfAXSb0I=',
      'AKAMAI_CLIENT_SECRET_ID=+K1ccDQTNQ5kvSKoMQtOANI1g/jUx3vic87GfAXSb0I=',
      'const requestId = "+K1ccDQTNQ5kvSKoMQtOANI1g/jUx3vic87GfAXSb0I=";',
    ],
  },
};
