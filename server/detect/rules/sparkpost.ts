// SparkPost API keys: 40 hex with no prefix, so only under a SparkPost name.
import { namedRule } from './named-rule';

export const sparkpostApiKey = namedRule({
  id: 'sparkpost-api-key',
  provider: 'SparkPost',
  description: 'SparkPost API key',
  keywords: ['sparkpost'],
  name: 'sparkpost',
  value: '[a-f0-9]{40}',
  envVar: 'SPARKPOST_API_KEY',
  docs: 'https://developers.sparkpost.com/api/#header-authentication',
});

export const sparkpostRules = [sparkpostApiKey];
