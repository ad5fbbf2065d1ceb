import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'dbt-cloud-token': {
    tps: [
      'DBT_CLOUD_API_TOKEN=dbtc_ID15vuwr2iQ9PE1sQ71CHQaXRHfhvwTZrMd3vtgMG5k5lzzAeX_Q',
      'const dbtCloudApiToken = "dbtc_ID15vuwr2iQ9PE1sQ71CHQaXRHfhvwTZrMd3vtgMG5k5lzzAeX_Q";',
      '{\n  "dbt_cloud_api_token": "dbtc_ID15vuwr2iQ9PE1sQ71CHQaXRHfhvwTZrMd3vtgMG5k5lzzAeX_Q"\n}',
      'env:\n  DBT_CLOUD_API_TOKEN: \'dbtc_ID15vuwr2iQ9PE1sQ71CHQaXRHfhvwTZrMd3vtgMG5k5lzzAeX_Q\'',
    ],
    fps: [
      'DBT_CLOUD_API_TOKEN=dbtc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DBT_CLOUD_API_TOKEN=dbtc_your_token_here',
      'const dbtCloudApiToken = process.env.DBT_CLOUD_API_TOKEN;',
      'DBT_CLOUD_API_TOKEN=dbtc_ID15vuwr2iQ9PE1sQ71C',
      'DBT_CLOUD_API_TOKEN=ID15vuwr2iQ9PE1sQ71CHQaXRHfhvwTZrMd3vtgMG5k5lzzAeX_Q',
    ],
  },
};
