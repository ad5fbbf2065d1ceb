import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'securitytrails-api-key': {
    tps: [
      'SECURITYTRAILS_API_KEY=nDTkLZYAOAJeLdtaEcAZqkojLYjHYDtg',
      'const securitytrailsApiKey = "nDTkLZYAOAJeLdtaEcAZqkojLYjHYDtg";',
      '{ "securitytrailsApiKey": "nDTkLZYAOAJeLdtaEcAZqkojLYjHYDtg" }',
      'securitytrails_api_key: \'nDTkLZYAOAJeLdtaEcAZqkojLYjHYDtg\'',
    ],
    fps: [
      'SECURITYTRAILS_API_KEY=${SECURITYTRAILS_API_KEY}',
      'SECURITYTRAILS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SECURITYTRAILS_API_KEY=nDTkLZYAOAJeLdta',
      'SECURITYTRAILS_ACCOUNT_ID=nDTkLZYAOAJeLdtaEcAZqkojLYjHYDtg',
      'SECURITYTRAILS_API_KEY_ID=nDTkLZYAOAJeLdtaEcAZqkojLYjHYDtg',
      'const requestId = "nDTkLZYAOAJeLdtaEcAZqkojLYjHYDtg";',
    ],
  },
};
