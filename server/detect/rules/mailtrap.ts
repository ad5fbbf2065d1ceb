// Mailtrap API tokens: 32 hex with no prefix, so only under a Mailtrap name.
import { namedRule } from './named-rule';

export const mailtrapApiToken = namedRule({
  id: 'mailtrap-api-token',
  provider: 'Mailtrap',
  description: 'Mailtrap API token',
  keywords: ['mailtrap'],
  name: 'mailtrap',
  value: '[a-f0-9]{32}',
  envVar: 'MAILTRAP_API_TOKEN',
  docs: 'https://api-docs.mailtrap.io/docs/mailtrap-api-docs/',
});

export const mailtrapRules = [mailtrapApiToken];
