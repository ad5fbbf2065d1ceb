// Toggl Track API tokens: 32 hex with no prefix, so only under a Toggl name.
import { namedRule } from './named-rule';

export const togglApiToken = namedRule({
  id: 'toggl-api-token',
  provider: 'Toggl',
  description: 'Toggl API token',
  keywords: ['toggl'],
  name: 'toggl',
  value: '[a-f0-9]{32}',
  envVar: 'TOGGL_API_TOKEN',
  docs: 'https://engineering.toggl.com/docs/authentication',
});

export const togglRules = [togglApiToken];
