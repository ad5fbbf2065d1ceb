import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'shippo-api-token': {
    tps: ['SHIPPO_API_TOKEN=shippo_live_6652032509ca722cf794a9d358aa29afe31ac90c', "shippo.config.apiKey = 'shippo_test_0b139fa0d39b1e2a55ee4040316e87f69d781c70';"],
    fps: ['SHIPPO_API_TOKEN=shippo_live_<token>', 'SHIPPO_API_TOKEN=shippo_test_0000000000000000000000000000000000000000'],
  },
};
