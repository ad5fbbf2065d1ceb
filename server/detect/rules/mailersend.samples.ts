import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mailersend-api-token': {
    tps: [
      'MAILERSEND_API_KEY=mlsn.ec3e071b5b4174dcf105e308d6a7a9ec887b76390d571e6d573641b363fd7e98',
      'const mailersendApiKey = "mlsn.ec3e071b5b4174dcf105e308d6a7a9ec887b76390d571e6d573641b363fd7e98";',
      '{\n  "mailersend_api_key": "mlsn.ec3e071b5b4174dcf105e308d6a7a9ec887b76390d571e6d573641b363fd7e98"\n}',
      'env:\n  MAILERSEND_API_KEY: \'mlsn.ec3e071b5b4174dcf105e308d6a7a9ec887b76390d571e6d573641b363fd7e98\'',
    ],
    fps: [
      'MAILERSEND_API_KEY=mlsn.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'MAILERSEND_API_KEY=mlsn.your_token_here',
      'const mailersendApiKey = process.env.MAILERSEND_API_KEY;',
      'MAILERSEND_API_KEY=mlsn.ec3e071b5b4174dcf105e308d6a7a9ec',
      'MAILERSEND_API_KEY=ec3e071b5b4174dcf105e308d6a7a9ec887b76390d571e6d573641b363fd7e98',
    ],
  },
};
