import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'easypost-api-key': {
    tps: ['EASYPOST_API_KEY=EZAKKBkptCAkk6iL2OYduoXAZYdmh5kSmQuGz6QWF69y8VHdkP7emL6cKA', "const client = new EasyPostClient('EZTK2I555JDdniHp0KqWXJtALUbrQYKv0aUXSnf32iOAECE3mDMazTXlYY');"],
    fps: ['EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'EASYPOST_API_KEY=EZTK_your_test_key'],
  },
};
