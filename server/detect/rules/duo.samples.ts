import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'duo-secret-key': {
    tps: [
      'DUO_SECRET_KEY=emr1EH7F8NTLiJYLQ2BDeWHrnygLOnJyFKYvEWFz',
      'const duoSecretKey = "emr1EH7F8NTLiJYLQ2BDeWHrnygLOnJyFKYvEWFz";',
      '{ "duoSecretKey": "emr1EH7F8NTLiJYLQ2BDeWHrnygLOnJyFKYvEWFz" }',
      'duo_secret_key: \'emr1EH7F8NTLiJYLQ2BDeWHrnygLOnJyFKYvEWFz\'',
    ],
    fps: [
      'DUO_SECRET_KEY=${DUO_SECRET_KEY}',
      'DUO_SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DUO_SECRET_KEY=emr1EH7F8NTLiJYLQ2BD',
      'DUO_ACCOUNT_ID=emr1EH7F8NTLiJYLQ2BDeWHrnygLOnJyFKYvEWFz',
      'DUO_SECRET_KEY_ID=emr1EH7F8NTLiJYLQ2BDeWHrnygLOnJyFKYvEWFz',
      'const requestId = "emr1EH7F8NTLiJYLQ2BDeWHrnygLOnJyFKYvEWFz";',
    ],
  },
};
