// Pivotal Tracker API tokens: 32 hex with no prefix, so only under a Pivotal name.
import { namedRule } from './named-rule';

export const pivotalTrackerToken = namedRule({
  id: 'pivotal-tracker-token',
  provider: 'Pivotal Tracker',
  description: 'Pivotal Tracker API token',
  keywords: ['pivotal'],
  name: 'pivotal',
  value: '[a-f0-9]{32}',
  envVar: 'PIVOTAL_TRACKER_TOKEN',
  docs: 'https://www.pivotaltracker.com/help/api#Authentication',
});

export const pivotalRules = [pivotalTrackerToken];
