// Better Stack (Logtail) source and API tokens: 24 alphanumerics, no prefix, so only under their names.
import { namedRule } from './named-rule';

export const betterstackToken = namedRule({
  id: 'betterstack-token',
  provider: 'Better Stack',
  description: 'Better Stack token',
  keywords: ['betterstack', 'better_stack', 'logtail'],
  name: 'better[_.-]?stack|logtail',
  value: '[A-Za-z0-9]{24}',
  envVar: 'BETTERSTACK_SOURCE_TOKEN',
  docs: 'https://betterstack.com/docs/logs/api/getting-started/',
});

export const betterstackRules = [betterstackToken];
