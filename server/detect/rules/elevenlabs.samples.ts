import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'elevenlabs-api-key': {
    tps: [
      'ELEVENLABS_API_KEY=sk_8dd8ccfa878bc10d48742e0fc611a82601f0eba6199ec24b',
      'const elevenlabsApiKey = "sk_8dd8ccfa878bc10d48742e0fc611a82601f0eba6199ec24b";',
      '{ "elevenlabsApiKey": "sk_8dd8ccfa878bc10d48742e0fc611a82601f0eba6199ec24b" }',
      'elevenlabs_api_key: \'sk_8dd8ccfa878bc10d48742e0fc611a82601f0eba6199ec24b\'',
      'curl -H "xi-api-key: sk_8dd8ccfa878bc10d48742e0fc611a82601f0eba6199ec24b" https://api.elevenlabs.io/v1/voices',
    ],
    fps: [
      'ELEVENLABS_API_KEY=${ELEVENLABS_API_KEY}',
      'ELEVENLABS_API_KEY=xx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ELEVENLABS_API_KEY=sk_8dd8ccfa878bc10d48742e',
      'ELEVENLABS_ACCOUNT_ID=sk_8dd8ccfa878bc10d48742e0fc611a82601f0eba6199ec24b',
      'ELEVENLABS_API_KEY_ID=sk_8dd8ccfa878bc10d48742e0fc611a82601f0eba6199ec24b',
      'const requestId = "sk_8dd8ccfa878bc10d48742e0fc611a82601f0eba6199ec24b";',
    ],
  },
};
