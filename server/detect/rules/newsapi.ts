// NewsAPI.org keys: 32 hex with no prefix, so only under a News API name.
import { namedRule } from './named-rule';

export const newsapiKey = namedRule({
  id: 'newsapi-key',
  provider: 'News API',
  description: 'News API key',
  keywords: ['newsapi', 'news_api'],
  name: 'news[_.-]?api',
  value: '[a-f0-9]{32}',
  envVar: 'NEWSAPI_KEY',
  docs: 'https://newsapi.org/docs/authentication',
});

export const newsapiRules = [newsapiKey];
