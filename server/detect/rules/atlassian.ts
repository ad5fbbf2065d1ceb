// Atlassian API tokens (Jira, Confluence, Bitbucket Cloud): `ATATT3` + 186 characters, the last nine
// being `=` and an 8-hex-digit checksum.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN =
  'ATATT3P2-6jUsKgBLCZYbhrlRzyD2mjXf5pI_vfA9AdcHd2c-Rhw1jQfjR6F8TEYzdiCrtDGQC1S9DOkgD-Yjm7hv21SG-TEuYAiSFCUop1CtTPwGvxGadYpUgXQXo833JqzGKFrHf1Nh1BcvLtwEQiPAmgbsfNeBZqX2_7ekCLcqwTPl2pzLbg=334BAE9C';

export const atlassianApiToken = tokenRule({
  id: 'atlassian-api-token',
  provider: 'Atlassian',
  description: 'Atlassian API token',
  keywords: ['atatt3'],
  pattern: /\bATATT3[\w=-]{186}(?![\w=-])/g,
  envVar: 'ATLASSIAN_API_TOKEN',
  docs: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  prefixLength: 6,
  samples: {
    tps: [...snippets(TOKEN, 'JIRA_API_TOKEN'), `curl -u ops@acme.io:${TOKEN} https://acme.atlassian.net/rest/api/3/myself`],
    fps: [...placeholders('ATATT3', 'JIRA_API_TOKEN', 186), `JIRA_API_TOKEN=${TOKEN.slice(0, 100)}`],
  },
});

export const atlassianRules = [atlassianApiToken];
