import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'virustotal-api-key': {
    tps: [
      'VT_API_KEY=798e50b9c56a7905225672dd703a68df05adc14c8a01c72b79406c398029cdc6',
      'const vtApiKey = "798e50b9c56a7905225672dd703a68df05adc14c8a01c72b79406c398029cdc6";',
      '{ "vtApiKey": "798e50b9c56a7905225672dd703a68df05adc14c8a01c72b79406c398029cdc6" }',
      'vt_api_key: \'798e50b9c56a7905225672dd703a68df05adc14c8a01c72b79406c398029cdc6\'',
    ],
    fps: [
      'VT_API_KEY=${VT_API_KEY}',
      'VT_API_KEY=0000000000000000000000000000000000000000000000000000000000000000',
      'VT_API_KEY=798e50b9c56a7905225672dd703a68df',
      'VT_ACCOUNT_ID=798e50b9c56a7905225672dd703a68df05adc14c8a01c72b79406c398029cdc6',
      'VT_API_KEY_ID=798e50b9c56a7905225672dd703a68df05adc14c8a01c72b79406c398029cdc6',
      'const requestId = "798e50b9c56a7905225672dd703a68df05adc14c8a01c72b79406c398029cdc6";',
    ],
  },
};
