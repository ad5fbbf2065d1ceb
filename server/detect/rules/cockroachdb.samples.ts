import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'cockroachdb-api-key': {
    tps: [
      'COCKROACH_API_KEY=CCDB1_eP2OunrmOY2C8YxSTkQW9C_cwsgjsP5D9s4RXC3uNIRewAlgIfGbuzeXK5UFIQ',
      'const cockroachApiKey = "CCDB1_eP2OunrmOY2C8YxSTkQW9C_cwsgjsP5D9s4RXC3uNIRewAlgIfGbuzeXK5UFIQ";',
      '{\n  "cockroach_api_key": "CCDB1_eP2OunrmOY2C8YxSTkQW9C_cwsgjsP5D9s4RXC3uNIRewAlgIfGbuzeXK5UFIQ"\n}',
      'env:\n  COCKROACH_API_KEY: \'CCDB1_eP2OunrmOY2C8YxSTkQW9C_cwsgjsP5D9s4RXC3uNIRewAlgIfGbuzeXK5UFIQ\'',
    ],
    fps: [
      'COCKROACH_API_KEY=CCDB1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'COCKROACH_API_KEY=CCDB1_your_token_here',
      'const cockroachApiKey = process.env.COCKROACH_API_KEY;',
      'COCKROACH_API_KEY=CCDB1_eP2OunrmOY2C8YxSTkQW9C_cwsgjsP5',
      'COCKROACH_API_KEY=eP2OunrmOY2C8YxSTkQW9C_cwsgjsP5D9s4RXC3uNIRewAlgIfGbuzeXK5UFIQ',
    ],
  },
};
