import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'portainer-access-token': {
    tps: [
      'PORTAINER_TOKEN=ptr_jAb/RkmwpWS/fsKuKJn2ILfDVDFdOHqH6pExp31GXfp=',
      'const portainerToken = "ptr_jAb/RkmwpWS/fsKuKJn2ILfDVDFdOHqH6pExp31GXfp=";',
      '{\n  "portainer_token": "ptr_jAb/RkmwpWS/fsKuKJn2ILfDVDFdOHqH6pExp31GXfp="\n}',
      'env:\n  PORTAINER_TOKEN: \'ptr_jAb/RkmwpWS/fsKuKJn2ILfDVDFdOHqH6pExp31GXfp=\'',
    ],
    fps: [
      'PORTAINER_TOKEN=ptr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PORTAINER_TOKEN=ptr_your_token_here',
      'const portainerToken = process.env.PORTAINER_TOKEN;',
      'PORTAINER_TOKEN=ptr_jAb/RkmwpWS/fsKuKJn2IL',
      'PORTAINER_TOKEN=jAb/RkmwpWS/fsKuKJn2ILfDVDFdOHqH6pExp31GXfp=',
    ],
  },
};
