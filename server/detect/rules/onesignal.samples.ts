import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'onesignal-api-key': {
    tps: [
      'ONESIGNAL_REST_API_KEY=os_v2_app_zv5lhnorwwfrnx7w2nxnqnhz76e3aqdxxpimwjjxmab4xqx5gdiknjquwx22635cwbjtdr36m2phprzgaogvagzegm23spcws3oaxormald3sbbmvef',
      'const onesignalRestApiKey = "os_v2_app_zv5lhnorwwfrnx7w2nxnqnhz76e3aqdxxpimwjjxmab4xqx5gdiknjquwx22635cwbjtdr36m2phprzgaogvagzegm23spcws3oaxormald3sbbmvef";',
      '{\n  "onesignal_rest_api_key": "os_v2_app_zv5lhnorwwfrnx7w2nxnqnhz76e3aqdxxpimwjjxmab4xqx5gdiknjquwx22635cwbjtdr36m2phprzgaogvagzegm23spcws3oaxormald3sbbmvef"\n}',
      'env:\n  ONESIGNAL_REST_API_KEY: \'os_v2_app_zv5lhnorwwfrnx7w2nxnqnhz76e3aqdxxpimwjjxmab4xqx5gdiknjquwx22635cwbjtdr36m2phprzgaogvagzegm23spcws3oaxormald3sbbmvef\'',
    ],
    fps: [
      'ONESIGNAL_REST_API_KEY=os_v2_app_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ONESIGNAL_REST_API_KEY=os_v2_app_your_token_here',
      'const onesignalRestApiKey = process.env.ONESIGNAL_REST_API_KEY;',
      'ONESIGNAL_REST_API_KEY=os_v2_app_zv5lhnorwwfrnx7w2nxnqnhz76e3aqdxxpimwjjxmab4xqx5gd',
      'ONESIGNAL_REST_API_KEY=zv5lhnorwwfrnx7w2nxnqnhz76e3aqdxxpimwjjxmab4xqx5gdiknjquwx22635cwbjtdr36m2phprzgaogvagzegm23spcws3oaxormald3sbbmvef',
    ],
  },
  'onesignal-api-key-legacy': {
    tps: [
      'ONESIGNAL_REST_API_KEY=EpwtH70+gl+LIlBepffmWtyzvT8x5IsKoxMytDGdzaxMwvL7',
      'const onesignalRestApiKey = "EpwtH70+gl+LIlBepffmWtyzvT8x5IsKoxMytDGdzaxMwvL7";',
      '{ "onesignalRestApiKey": "EpwtH70+gl+LIlBepffmWtyzvT8x5IsKoxMytDGdzaxMwvL7" }',
      'onesignal_rest_api_key: \'EpwtH70+gl+LIlBepffmWtyzvT8x5IsKoxMytDGdzaxMwvL7\'',
    ],
    fps: [
      'ONESIGNAL_REST_API_KEY=${ONESIGNAL_REST_API_KEY}',
      'ONESIGNAL_REST_API_KEY=xxxxxxx+xx+xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ONESIGNAL_REST_API_KEY=EpwtH70+gl+LIlBepffmWtyz',
      'ONESIGNAL_ACCOUNT_ID=EpwtH70+gl+LIlBepffmWtyzvT8x5IsKoxMytDGdzaxMwvL7',
      'ONESIGNAL_REST_API_KEY_ID=EpwtH70+gl+LIlBepffmWtyzvT8x5IsKoxMytDGdzaxMwvL7',
      'const requestId = "EpwtH70+gl+LIlBepffmWtyzvT8x5IsKoxMytDGdzaxMwvL7";',
    ],
  },
};
