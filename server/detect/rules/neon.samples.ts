import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'neon-api-key': {
    tps: [
      'NEON_API_KEY=napi_rntue5sj4gkp01q52gzgue8uhfg824md9hibogxpnpn5jvzze0r28r86ybyv63y7',
      'const neonApiKey = "napi_rntue5sj4gkp01q52gzgue8uhfg824md9hibogxpnpn5jvzze0r28r86ybyv63y7";',
      '{\n  "neon_api_key": "napi_rntue5sj4gkp01q52gzgue8uhfg824md9hibogxpnpn5jvzze0r28r86ybyv63y7"\n}',
      'env:\n  NEON_API_KEY: \'napi_rntue5sj4gkp01q52gzgue8uhfg824md9hibogxpnpn5jvzze0r28r86ybyv63y7\'',
    ],
    fps: [
      'NEON_API_KEY=napi_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NEON_API_KEY=napi_your_token_here',
      'const neonApiKey = process.env.NEON_API_KEY;',
      'NEON_API_KEY=napi_rntue5sj4gkp01q52gzgue8uhfg824md',
      'NEON_API_KEY=rntue5sj4gkp01q52gzgue8uhfg824md9hibogxpnpn5jvzze0r28r86ybyv63y7',
    ],
  },
};
