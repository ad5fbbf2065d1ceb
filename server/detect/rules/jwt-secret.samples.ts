import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'jwt-signing-secret': {
    tps: [
      'JWT_SECRET=J*^~30B2-99rWq5zUlNV~nI5&GqRVQckkAI-UEt^L69i-9~Es1pfh@&zY4Dc',
      'const jwtSecret = "J*^~30B2-99rWq5zUlNV~nI5&GqRVQckkAI-UEt^L69i-9~Es1pfh@&zY4Dc";',
      '{ "jwtSecret": "J*^~30B2-99rWq5zUlNV~nI5&GqRVQckkAI-UEt^L69i-9~Es1pfh@&zY4Dc" }',
      'jwt_secret: \'J*^~30B2-99rWq5zUlNV~nI5&GqRVQckkAI-UEt^L69i-9~Es1pfh@&zY4Dc\'',
    ],
    fps: [
      'JWT_SECRET=${JWT_SECRET}',
      'JWT_SECRET=x*^~xxxx-xxxxxxxxxxx~xxx&xxxxxxxxxx-xxx^xxxx-x~xxxxxx@&xxxxx',
      'JWT_SECRET=J*^~30B2-99rWq5zUlNV~n',
      'JWT_ACCOUNT_ID=J*^~30B2-99rWq5zUlNV~nI5&GqRVQckkAI-UEt^L69i-9~Es1pfh@&zY4Dc',
      'JWT_SECRET_ID=J*^~30B2-99rWq5zUlNV~nI5&GqRVQckkAI-UEt^L69i-9~Es1pfh@&zY4Dc',
      'const requestId = "J*^~30B2-99rWq5zUlNV~nI5&GqRVQckkAI-UEt^L69i-9~Es1pfh@&zY4Dc";',
    ],
  },
};
