import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'messagebird-access-key': {
    tps: [
      'MESSAGEBIRD_ACCESS_KEY=DS5jqhjYGYOUjbfTNFE58qf1n',
      'const messagebirdAccessKey = "DS5jqhjYGYOUjbfTNFE58qf1n";',
      '{ "messagebirdAccessKey": "DS5jqhjYGYOUjbfTNFE58qf1n" }',
      'messagebird_access_key: \'DS5jqhjYGYOUjbfTNFE58qf1n\'',
    ],
    fps: [
      'MESSAGEBIRD_ACCESS_KEY=${MESSAGEBIRD_ACCESS_KEY}',
      'MESSAGEBIRD_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxx',
      'MESSAGEBIRD_ACCESS_KEY=DS5jqhjYGYOU',
      'MESSAGEBIRD_ACCOUNT_ID=DS5jqhjYGYOUjbfTNFE58qf1n',
      'MESSAGEBIRD_ACCESS_KEY_ID=DS5jqhjYGYOUjbfTNFE58qf1n',
      'const requestId = "DS5jqhjYGYOUjbfTNFE58qf1n";',
    ],
  },
};
