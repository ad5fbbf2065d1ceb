// Code Climate API tokens: 64 hex with no prefix, so only under a Code Climate name.
import { namedRule } from './named-rule';

export const codeclimateApiToken = namedRule({
  id: 'codeclimate-api-token',
  provider: 'Code Climate',
  description: 'Code Climate API token',
  keywords: ['codeclimate', 'code_climate', 'code-climate'],
  name: 'code[_.-]?climate',
  value: '[a-f0-9]{64}',
  envVar: 'CODECLIMATE_API_TOKEN',
  docs: 'https://developer.codeclimate.com/#authentication',
});

export const codeclimateRules = [codeclimateApiToken];
