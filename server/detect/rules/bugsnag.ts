// Bugsnag API keys and auth tokens: 32 hex with no prefix, so only under a Bugsnag name.
import { namedRule } from './named-rule';

export const bugsnagApiKey = namedRule({
  id: 'bugsnag-api-key',
  provider: 'Bugsnag',
  description: 'Bugsnag API key',
  keywords: ['bugsnag'],
  name: 'bugsnag',
  value: '[a-f0-9]{32}',
  envVar: 'BUGSNAG_API_KEY',
  confidence: 'medium',
  docs: 'https://docs.bugsnag.com/api/data-access/#authentication',
});

export const bugsnagRules = [bugsnagApiKey];
