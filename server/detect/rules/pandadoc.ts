// PandaDoc API keys: 40 hex with no prefix, so only under a PandaDoc name.
import { namedRule } from './named-rule';

export const pandadocApiKey = namedRule({
  id: 'pandadoc-api-key',
  provider: 'PandaDoc',
  description: 'PandaDoc API key',
  keywords: ['pandadoc'],
  name: 'pandadoc',
  value: '[a-f0-9]{40}',
  envVar: 'PANDADOC_API_KEY',
  docs: 'https://developers.pandadoc.com/reference/api-key-authentication-process',
});

export const pandadocRules = [pandadocApiKey];
