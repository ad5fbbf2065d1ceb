import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'linode-token': {
    tps: [
      'LINODE_TOKEN=47d15e82a86394250db755d5f61bc3bd312e7ad7594190336a61fa0028ddf43a',
      'const linodeToken = "47d15e82a86394250db755d5f61bc3bd312e7ad7594190336a61fa0028ddf43a";',
      '{ "linodeToken": "47d15e82a86394250db755d5f61bc3bd312e7ad7594190336a61fa0028ddf43a" }',
      'linode_token: \'47d15e82a86394250db755d5f61bc3bd312e7ad7594190336a61fa0028ddf43a\'',
    ],
    fps: [
      'LINODE_TOKEN=${LINODE_TOKEN}',
      'LINODE_TOKEN=0000000000000000000000000000000000000000000000000000000000000000',
      'LINODE_TOKEN=47d15e82a86394250db755d5f61bc3bd',
      'LINODE_ACCOUNT_ID=47d15e82a86394250db755d5f61bc3bd312e7ad7594190336a61fa0028ddf43a',
      'LINODE_TOKEN_ID=47d15e82a86394250db755d5f61bc3bd312e7ad7594190336a61fa0028ddf43a',
      'const requestId = "47d15e82a86394250db755d5f61bc3bd312e7ad7594190336a61fa0028ddf43a";',
    ],
  },
};
