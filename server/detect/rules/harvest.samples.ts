import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'harvest-access-token': {
    tps: [
      'HARVEST_ACCESS_TOKEN=8985428.pt.1tM3fJSm_OAua_SRmFYccVAcJnoh8Rb3fqWEdq3fYKXnSzI6cgCfLBs1ulZEL9pFIbxRv0TxENSGQbbvhaqBy8',
      'const harvestAccessToken = "8985428.pt.1tM3fJSm_OAua_SRmFYccVAcJnoh8Rb3fqWEdq3fYKXnSzI6cgCfLBs1ulZEL9pFIbxRv0TxENSGQbbvhaqBy8";',
      '{ "harvestAccessToken": "8985428.pt.1tM3fJSm_OAua_SRmFYccVAcJnoh8Rb3fqWEdq3fYKXnSzI6cgCfLBs1ulZEL9pFIbxRv0TxENSGQbbvhaqBy8" }',
      'harvest_access_token: \'8985428.pt.1tM3fJSm_OAua_SRmFYccVAcJnoh8Rb3fqWEdq3fYKXnSzI6cgCfLBs1ulZEL9pFIbxRv0TxENSGQbbvhaqBy8\'',
    ],
    fps: [
      'HARVEST_ACCESS_TOKEN=${HARVEST_ACCESS_TOKEN}',
      'HARVEST_ACCESS_TOKEN=xxxxxxx.xx.xxxxxxxx_xxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'HARVEST_ACCESS_TOKEN=8985428.pt.1tM3fJSm_OAua_SRmFYccVAcJnoh8Rb3fqWEd',
      'HARVEST_ACCOUNT_ID=8985428.pt.1tM3fJSm_OAua_SRmFYccVAcJnoh8Rb3fqWEdq3fYKXnSzI6cgCfLBs1ulZEL9pFIbxRv0TxENSGQbbvhaqBy8',
      'HARVEST_ACCESS_TOKEN_ID=8985428.pt.1tM3fJSm_OAua_SRmFYccVAcJnoh8Rb3fqWEdq3fYKXnSzI6cgCfLBs1ulZEL9pFIbxRv0TxENSGQbbvhaqBy8',
      'const requestId = "8985428.pt.1tM3fJSm_OAua_SRmFYccVAcJnoh8Rb3fqWEdq3fYKXnSzI6cgCfLBs1ulZEL9pFIbxRv0TxENSGQbbvhaqBy8";',
    ],
  },
};
