// LaunchDarkly API access tokens and server SDK keys: `api-` or `sdk-` and a UUID; under a LaunchDarkly name.
import { namedRule } from './named-rule';

export const launchdarklyKey = namedRule({
  id: 'launchdarkly-key',
  provider: 'LaunchDarkly',
  description: 'LaunchDarkly access token or SDK key',
  keywords: ['launchdarkly', 'launch_darkly'],
  name: 'launch[_.-]?darkly',
  value: '(?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'LAUNCHDARKLY_SDK_KEY',
  docs: 'https://launchdarkly.com/docs/home/account/api',
});

export const launchdarklyRules = [launchdarklyKey];
