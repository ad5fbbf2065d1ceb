import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'flutterwave-secret-key': {
    tps: ['FLW_SECRET_KEY=FLWSECK-63a887c58f555cd730cd5f03b8d64367-X', "const flw = new Flutterwave(FLW_PUBLIC_KEY, 'FLWSECK_TEST-4d81eea2d3ccd2e26f2cf21ae277540f-X');"],
    fps: ['FLW_PUBLIC_KEY=FLWPUBK-63a887c58f555cd730cd5f03b8d64367-X', 'FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X', 'FLW_SECRET_KEY=FLWSECK-your-secret-key-X'],
  },
};
