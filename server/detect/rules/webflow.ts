// Webflow API tokens: 64 hex with no prefix, so only under a Webflow name.
import { namedRule } from './named-rule';

export const webflowApiToken = namedRule({
  id: 'webflow-api-token',
  provider: 'Webflow',
  description: 'Webflow API token',
  keywords: ['webflow'],
  name: 'webflow',
  value: '[a-f0-9]{64}',
  envVar: 'WEBFLOW_API_TOKEN',
  docs: 'https://developers.webflow.com/data/reference/authentication',
});

export const webflowRules = [webflowApiToken];
