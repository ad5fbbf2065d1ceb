// Trello tokens: `ATTA` and 72 hex in the current form; the older 64-hex tokens have no prefix and count only
// under a Trello name.
import { namedRule } from './named-rule';
import { tokenRule } from './token-rule';

export const trelloToken = tokenRule({
  id: 'trello-token',
  provider: 'Trello',
  description: 'Trello token',
  keywords: ['atta'],
  pattern: /(?<![\w-])ATTA[a-fA-F0-9]{72}(?![\w-])/g,
  envVar: 'TRELLO_TOKEN',
  docs: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/',
  prefixLength: 4,
});

export const trelloTokenLegacy = namedRule({
  id: 'trello-token-legacy',
  provider: 'Trello',
  description: 'Trello token (64-hex form)',
  keywords: ['trello'],
  name: 'trello',
  kind: 'token|secret',
  value: '[a-f0-9]{64}',
  envVar: 'TRELLO_TOKEN',
  docs: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/',
});

export const trelloRules = [trelloToken, trelloTokenLegacy];
