// FreshBooks client secrets and tokens: 64 hex with no prefix, so only under a FreshBooks name.
import { namedRule } from './named-rule';

export const freshbooksSecret = namedRule({
  id: 'freshbooks-secret',
  provider: 'FreshBooks',
  description: 'FreshBooks client secret or token',
  keywords: ['freshbooks'],
  name: 'freshbooks',
  value: '[a-f0-9]{64}',
  envVar: 'FRESHBOOKS_CLIENT_SECRET',
  docs: 'https://www.freshbooks.com/api/authentication',
});

export const freshbooksRules = [freshbooksSecret];
