import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'ngrok-authtoken': {
    tps: [
      'NGROK_AUTHTOKEN=6Gf7sHL0AisPpwaZniG26TxOpQc_YDHf7zcvuXcDZRidKHExG',
      'const ngrokAuthtoken = "6Gf7sHL0AisPpwaZniG26TxOpQc_YDHf7zcvuXcDZRidKHExG";',
      '{ "ngrokAuthtoken": "6Gf7sHL0AisPpwaZniG26TxOpQc_YDHf7zcvuXcDZRidKHExG" }',
      'ngrok_authtoken: \'6Gf7sHL0AisPpwaZniG26TxOpQc_YDHf7zcvuXcDZRidKHExG\'',
    ],
    fps: [
      'NGROK_AUTHTOKEN=${NGROK_AUTHTOKEN}',
      'NGROK_AUTHTOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxx',
      'NGROK_AUTHTOKEN=6Gf7sHL0AisPpwaZniG26TxO',
      'NGROK_ACCOUNT_ID=6Gf7sHL0AisPpwaZniG26TxOpQc_YDHf7zcvuXcDZRidKHExG',
      'NGROK_AUTHTOKEN_ID=6Gf7sHL0AisPpwaZniG26TxOpQc_YDHf7zcvuXcDZRidKHExG',
      'const requestId = "6Gf7sHL0AisPpwaZniG26TxOpQc_YDHf7zcvuXcDZRidKHExG";',
    ],
  },
};
