// Atlassian API tokens (Jira, Confluence, Bitbucket Cloud): `ATATT3` + 186 characters, the last nine
// being `=` and an 8-hex-digit checksum.
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

export const atlassianRules = [atlassianApiToken];
