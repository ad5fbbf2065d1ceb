import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'imagekit-private-key': {
    tps: [
      'IMAGEKIT_PRIVATE_KEY=private_gqP0RNU0B78jhYS9FhgYtNwyqfE=',
      'const imagekitPrivateKey = "private_gqP0RNU0B78jhYS9FhgYtNwyqfE=";',
      '{ "imagekitPrivateKey": "private_gqP0RNU0B78jhYS9FhgYtNwyqfE=" }',
      'imagekit_private_key: \'private_gqP0RNU0B78jhYS9FhgYtNwyqfE=\'',
    ],
    fps: [
      'IMAGEKIT_PRIVATE_KEY=${IMAGEKIT_PRIVATE_KEY}',
      'IMAGEKIT_PRIVATE_KEY=xxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxx=',
      'IMAGEKIT_PRIVATE_KEY=private_gqP0RNU0B7',
      'IMAGEKIT_ACCOUNT_ID=private_gqP0RNU0B78jhYS9FhgYtNwyqfE=',
      'IMAGEKIT_PRIVATE_KEY_ID=private_gqP0RNU0B78jhYS9FhgYtNwyqfE=',
      'const requestId = "private_gqP0RNU0B78jhYS9FhgYtNwyqfE=";',
    ],
  },
};
