import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'abuseipdb-api-key': {
    tps: [
      'ABUSEIPDB_API_KEY=7ad6468297e3d88b127adf1d843d55ecb632abeca4fc2f7bb0218f26c7e41b0e921ec6ad27860090',
      'const abuseipdbApiKey = "7ad6468297e3d88b127adf1d843d55ecb632abeca4fc2f7bb0218f26c7e41b0e921ec6ad27860090";',
      '{ "abuseipdbApiKey": "7ad6468297e3d88b127adf1d843d55ecb632abeca4fc2f7bb0218f26c7e41b0e921ec6ad27860090" }',
      'abuseipdb_api_key: \'7ad6468297e3d88b127adf1d843d55ecb632abeca4fc2f7bb0218f26c7e41b0e921ec6ad27860090\'',
    ],
    fps: [
      'ABUSEIPDB_API_KEY=${ABUSEIPDB_API_KEY}',
      'ABUSEIPDB_API_KEY=00000000000000000000000000000000000000000000000000000000000000000000000000000000',
      'ABUSEIPDB_API_KEY=7ad6468297e3d88b127adf1d843d55ecb632abec',
      'ABUSEIPDB_ACCOUNT_ID=7ad6468297e3d88b127adf1d843d55ecb632abeca4fc2f7bb0218f26c7e41b0e921ec6ad27860090',
      'ABUSEIPDB_API_KEY_ID=7ad6468297e3d88b127adf1d843d55ecb632abeca4fc2f7bb0218f26c7e41b0e921ec6ad27860090',
      'const requestId = "7ad6468297e3d88b127adf1d843d55ecb632abeca4fc2f7bb0218f26c7e41b0e921ec6ad27860090";',
    ],
  },
};
