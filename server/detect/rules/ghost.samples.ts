import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'ghost-admin-api-key': {
    tps: [
      'GHOST_ADMIN_API_KEY=39b31e55e8fdd3d8b0fd1836:968e2019a6f6ca930cd530a760e3a07899abfcb2b9f64840eb9e15ba1c150099',
      'const ghostAdminApiKey = "39b31e55e8fdd3d8b0fd1836:968e2019a6f6ca930cd530a760e3a07899abfcb2b9f64840eb9e15ba1c150099";',
      '{ "ghostAdminApiKey": "39b31e55e8fdd3d8b0fd1836:968e2019a6f6ca930cd530a760e3a07899abfcb2b9f64840eb9e15ba1c150099" }',
      'ghost_admin_api_key: \'39b31e55e8fdd3d8b0fd1836:968e2019a6f6ca930cd530a760e3a07899abfcb2b9f64840eb9e15ba1c150099\'',
    ],
    fps: [
      'GHOST_ADMIN_API_KEY=${GHOST_ADMIN_API_KEY}',
      'GHOST_ADMIN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GHOST_ADMIN_API_KEY=39b31e55e8fdd3d8b0fd1836:968e2019a6f6ca930cd',
      'GHOST_ACCOUNT_ID=39b31e55e8fdd3d8b0fd1836:968e2019a6f6ca930cd530a760e3a07899abfcb2b9f64840eb9e15ba1c150099',
      'GHOST_ADMIN_API_KEY_ID=39b31e55e8fdd3d8b0fd1836:968e2019a6f6ca930cd530a760e3a07899abfcb2b9f64840eb9e15ba1c150099',
      'const requestId = "39b31e55e8fdd3d8b0fd1836:968e2019a6f6ca930cd530a760e3a07899abfcb2b9f64840eb9e15ba1c150099";',
    ],
  },
};
