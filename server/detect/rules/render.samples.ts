import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'render-api-key': {
    tps: [
      'RENDER_API_KEY=rnd_UiEXBNUFgkdnbVZXvwPyHoSiwMN0TYe8',
      'const renderApiKey = "rnd_UiEXBNUFgkdnbVZXvwPyHoSiwMN0TYe8";',
      '{\n  "render_api_key": "rnd_UiEXBNUFgkdnbVZXvwPyHoSiwMN0TYe8"\n}',
      'env:\n  RENDER_API_KEY: \'rnd_UiEXBNUFgkdnbVZXvwPyHoSiwMN0TYe8\'',
    ],
    fps: [
      'RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'RENDER_API_KEY=rnd_your_token_here',
      'const renderApiKey = process.env.RENDER_API_KEY;',
      'RENDER_API_KEY=rnd_UiEXBNUFgkdnbVZX',
      'RENDER_API_KEY=UiEXBNUFgkdnbVZXvwPyHoSiwMN0TYe8',
    ],
  },
};
