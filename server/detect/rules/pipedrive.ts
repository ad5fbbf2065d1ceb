// Pipedrive API tokens: 40 hex with no prefix, so only under a Pipedrive name.
import { namedRule } from './named-rule';

export const pipedriveApiToken = namedRule({
  id: 'pipedrive-api-token',
  provider: 'Pipedrive',
  description: 'Pipedrive API token',
  keywords: ['pipedrive'],
  name: 'pipedrive',
  value: '[a-f0-9]{40}',
  envVar: 'PIPEDRIVE_API_TOKEN',
  docs: 'https://pipedrive.readme.io/docs/how-to-find-the-api-token',
});

export const pipedriveRules = [pipedriveApiToken];
