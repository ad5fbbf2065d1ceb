import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'hetzner-cloud-token': {
    tps: [
      'HCLOUD_TOKEN=7tnPrl3MaeFDy4ARIVntSIHQ7HiYVJTKzNaqQYhXXgow2jUvvxyg1gPTCiSgLgo1',
      'const hcloudToken = "7tnPrl3MaeFDy4ARIVntSIHQ7HiYVJTKzNaqQYhXXgow2jUvvxyg1gPTCiSgLgo1";',
      '{ "hcloudToken": "7tnPrl3MaeFDy4ARIVntSIHQ7HiYVJTKzNaqQYhXXgow2jUvvxyg1gPTCiSgLgo1" }',
      'hcloud_token: \'7tnPrl3MaeFDy4ARIVntSIHQ7HiYVJTKzNaqQYhXXgow2jUvvxyg1gPTCiSgLgo1\'',
    ],
    fps: [
      'HCLOUD_TOKEN=${HCLOUD_TOKEN}',
      'HCLOUD_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'HCLOUD_TOKEN=7tnPrl3MaeFDy4ARIVntSIHQ7HiYVJTK',
      'HCLOUD_ACCOUNT_ID=7tnPrl3MaeFDy4ARIVntSIHQ7HiYVJTKzNaqQYhXXgow2jUvvxyg1gPTCiSgLgo1',
      'HCLOUD_TOKEN_ID=7tnPrl3MaeFDy4ARIVntSIHQ7HiYVJTKzNaqQYhXXgow2jUvvxyg1gPTCiSgLgo1',
      'const requestId = "7tnPrl3MaeFDy4ARIVntSIHQ7HiYVJTKzNaqQYhXXgow2jUvvxyg1gPTCiSgLgo1";',
    ],
  },
};
