// Atlassian API tokens (Jira, Confluence, Bitbucket Cloud): `ATATT3` + 186 characters, the last nine
// being `=` and an 8-hex-digit checksum. Tokens made before 2023 are 24 alphanumerics with no prefix, so they
// count only under a Jira, Confluence or Atlassian name.
import { namedRule } from './named-rule';
import { tokenRule } from './token-rule';

export const atlassianApiToken = tokenRule({
  id: 'atlassian-api-token',
  provider: 'Atlassian',
  description: 'Atlassian API token',
  keywords: ['atatt3'],
  pattern: /\bATATT3[\w=-]{186}(?![\w=-])/g,
  envVar: 'ATLASSIAN_API_TOKEN',
  docs: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  prefixLength: 6,
});

export const atlassianApiTokenLegacy = namedRule({
  id: 'atlassian-api-token-legacy',
  provider: 'Atlassian',
  description: 'Atlassian API token (24-character form)',
  keywords: ['atlassian', 'jira', 'confluence'],
  name: 'atlassian|jira|confluence',
  kind: 'token|key|secret|password',
  value: '[A-Za-z0-9]{24}',
  envVar: 'JIRA_API_TOKEN',
  docs: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
});

export const atlassianRules = [atlassianApiToken, atlassianApiTokenLegacy];
