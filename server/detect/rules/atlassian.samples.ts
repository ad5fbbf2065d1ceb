import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN =
  'ATATT3P2-6jUsKgBLCZYbhrlRzyD2mjXf5pI_vfA9AdcHd2c-Rhw1jQfjR6F8TEYzdiCrtDGQC1S9DOkgD-Yjm7hv21SG-TEuYAiSFCUop1CtTPwGvxGadYpUgXQXo833JqzGKFrHf1Nh1BcvLtwEQiPAmgbsfNeBZqX2_7ekCLcqwTPl2pzLbg=334BAE9C';

export const samples: RuleSamples = {
  'atlassian-api-token': {
    tps: [...snippets(TOKEN, 'JIRA_API_TOKEN'), `curl -u ops@acme.io:${TOKEN} https://acme.atlassian.net/rest/api/3/myself`],
    fps: [...placeholders('ATATT3', 'JIRA_API_TOKEN', 186), `JIRA_API_TOKEN=${TOKEN.slice(0, 100)}`],
  },
  'atlassian-api-token-legacy': {
    tps: ['JIRA_API_TOKEN=PjftBCqjjzzevUG0eak5T6hX', 'const confluenceToken = "PjftBCqjjzzevUG0eak5T6hX";', 'atlassian_api_token: "PjftBCqjjzzevUG0eak5T6hX"', '{ "jiraPassword": "PjftBCqjjzzevUG0eak5T6hX" }'],
    fps: [
      'JIRA_API_TOKEN=${JIRA_API_TOKEN}',
      'JIRA_PROJECT_KEY_ID=PjftBCqjjzzevUG0eak5T6hX',
      'JIRA_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx',
      'JIRA_API_TOKEN=PjftBCqjjzzevUG0',
      'const requestId = "PjftBCqjjzzevUG0eak5T6hX";',
    ],
  },
};
