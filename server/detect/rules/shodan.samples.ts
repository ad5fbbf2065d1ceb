import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'shodan-api-key': {
    tps: [
      'SHODAN_API_KEY=hbtrnILhIA9ke3S8GQLHEL4htSswqP6U',
      'const shodanApiKey = "hbtrnILhIA9ke3S8GQLHEL4htSswqP6U";',
      '{ "shodanApiKey": "hbtrnILhIA9ke3S8GQLHEL4htSswqP6U" }',
      'shodan_api_key: \'hbtrnILhIA9ke3S8GQLHEL4htSswqP6U\'',
    ],
    fps: [
      'SHODAN_API_KEY=${SHODAN_API_KEY}',
      'SHODAN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SHODAN_API_KEY=hbtrnILhIA9ke3S8',
      'SHODAN_ACCOUNT_ID=hbtrnILhIA9ke3S8GQLHEL4htSswqP6U',
      'SHODAN_API_KEY_ID=hbtrnILhIA9ke3S8GQLHEL4htSswqP6U',
      'const requestId = "hbtrnILhIA9ke3S8GQLHEL4htSswqP6U";',
    ],
  },
};
