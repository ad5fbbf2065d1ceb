// Todoist API tokens: 40 hex with no prefix, so only under a Todoist name.
import { namedRule } from './named-rule';

export const todoistApiToken = namedRule({
  id: 'todoist-api-token',
  provider: 'Todoist',
  description: 'Todoist API token',
  keywords: ['todoist'],
  name: 'todoist',
  value: '[a-f0-9]{40}',
  envVar: 'TODOIST_API_TOKEN',
  docs: 'https://developer.todoist.com/rest/v2/#authorization',
});

export const todoistRules = [todoistApiToken];
