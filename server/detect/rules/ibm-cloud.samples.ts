import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'ibm-cloud-api-key': {
    tps: [
      'IBMCLOUD_API_KEY=t0q87-aM7eYdAXikt8KlU_2-gSPPkFW08rgw8jphW2bC',
      'const ibmcloudApiKey = "t0q87-aM7eYdAXikt8KlU_2-gSPPkFW08rgw8jphW2bC";',
      '{ "ibmcloudApiKey": "t0q87-aM7eYdAXikt8KlU_2-gSPPkFW08rgw8jphW2bC" }',
      'ibmcloud_api_key: \'t0q87-aM7eYdAXikt8KlU_2-gSPPkFW08rgw8jphW2bC\'',
    ],
    fps: [
      'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}',
      'IBMCLOUD_API_KEY=xxxxx-xxxxxxxxxxxxxxx_x-xxxxxxxxxxxxxxxxxxxx',
      'IBMCLOUD_API_KEY=t0q87-aM7eYdAXikt8KlU_',
      'IBMCLOUD_ACCOUNT_ID=t0q87-aM7eYdAXikt8KlU_2-gSPPkFW08rgw8jphW2bC',
      'IBMCLOUD_API_KEY_ID=t0q87-aM7eYdAXikt8KlU_2-gSPPkFW08rgw8jphW2bC',
      'const requestId = "t0q87-aM7eYdAXikt8KlU_2-gSPPkFW08rgw8jphW2bC";',
    ],
  },
};
