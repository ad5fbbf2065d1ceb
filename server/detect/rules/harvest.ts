// Harvest personal access tokens: the account number, `.pt.` and the secret; counted under a Harvest name.
import { namedRule } from './named-rule';

export const harvestAccessToken = namedRule({
  id: 'harvest-access-token',
  provider: 'Harvest',
  description: 'Harvest personal access token',
  keywords: ['harvest'],
  name: 'harvest',
  value: '[0-9]{5,8}\\.pt\\.[\\w-]{60,100}',
  envVar: 'HARVEST_ACCESS_TOKEN',
  docs: 'https://help.getharvest.com/api-v2/authentication-api/authentication/authentication/',
});

export const harvestRules = [harvestAccessToken];
