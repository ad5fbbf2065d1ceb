import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'splunk-hec-token': {
    tps: [
      'SPLUNK_HEC_TOKEN=8b6218da-0ded-437c-9603-2cca213eae83',
      'const splunkHecToken = "8b6218da-0ded-437c-9603-2cca213eae83";',
      '{ "splunkHecToken": "8b6218da-0ded-437c-9603-2cca213eae83" }',
      'splunk_hec_token: \'8b6218da-0ded-437c-9603-2cca213eae83\'',
    ],
    fps: [
      'SPLUNK_HEC_TOKEN=${SPLUNK_HEC_TOKEN}',
      'SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000',
      'SPLUNK_HEC_TOKEN=8b6218da-0ded-437c',
      'SPLUNK_ACCOUNT_ID=8b6218da-0ded-437c-9603-2cca213eae83',
      'SPLUNK_HEC_TOKEN_ID=8b6218da-0ded-437c-9603-2cca213eae83',
      'const requestId = "8b6218da-0ded-437c-9603-2cca213eae83";',
    ],
  },
};
