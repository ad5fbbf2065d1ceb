import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'coinmarketcap-api-key': {
    tps: [
      'CMC_PRO_API_KEY=020e6032-bd49-4f8d-b4bc-c5a39386f2e7',
      'const cmcProApiKey = "020e6032-bd49-4f8d-b4bc-c5a39386f2e7";',
      '{ "cmcProApiKey": "020e6032-bd49-4f8d-b4bc-c5a39386f2e7" }',
      'cmc_pro_api_key: \'020e6032-bd49-4f8d-b4bc-c5a39386f2e7\'',
    ],
    fps: [
      'CMC_PRO_API_KEY=${CMC_PRO_API_KEY}',
      'CMC_PRO_API_KEY=00000000-0000-0000-0000-000000000000',
      'CMC_PRO_API_KEY=020e6032-bd49-4f8d',
      'CMC_ACCOUNT_ID=020e6032-bd49-4f8d-b4bc-c5a39386f2e7',
      'CMC_PRO_API_KEY_ID=020e6032-bd49-4f8d-b4bc-c5a39386f2e7',
      'const requestId = "020e6032-bd49-4f8d-b4bc-c5a39386f2e7";',
    ],
  },
};
