import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'posthog-personal-api-key': {
    tps: [
      'POSTHOG_PERSONAL_API_KEY=phx_yR22MvOHpZ1IOyL3WYrhe6MtI9QvFzLbUZiPperyghv',
      'const posthogPersonalApiKey = "phx_yR22MvOHpZ1IOyL3WYrhe6MtI9QvFzLbUZiPperyghv";',
      '{\n  "posthog_personal_api_key": "phx_yR22MvOHpZ1IOyL3WYrhe6MtI9QvFzLbUZiPperyghv"\n}',
      'env:\n  POSTHOG_PERSONAL_API_KEY: \'phx_yR22MvOHpZ1IOyL3WYrhe6MtI9QvFzLbUZiPperyghv\'',
    ],
    fps: [
      'POSTHOG_PERSONAL_API_KEY=phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'POSTHOG_PERSONAL_API_KEY=phx_your_token_here',
      'const posthogPersonalApiKey = process.env.POSTHOG_PERSONAL_API_KEY;',
      'POSTHOG_PERSONAL_API_KEY=phx_yR22MvOHpZ1IOyL3WYrhe',
      'POSTHOG_PERSONAL_API_KEY=yR22MvOHpZ1IOyL3WYrhe6MtI9QvFzLbUZiPperyghv',
    ],
  },
};
