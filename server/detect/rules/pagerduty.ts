// PagerDuty REST API keys: 20 characters with no prefix, so only under a PagerDuty name.
import { namedRule } from './named-rule';

export const pagerdutyApiKey = namedRule({
  id: 'pagerduty-api-key',
  provider: 'PagerDuty',
  description: 'PagerDuty API key',
  keywords: ['pagerduty', 'pager_duty'],
  name: 'pager[_.-]?duty',
  value: '[\\w+-]{20}',
  classes: 3,
  envVar: 'PAGERDUTY_API_KEY',
  docs: 'https://support.pagerduty.com/main/docs/api-access-keys',
});

export const pagerdutyRules = [pagerdutyApiKey];
