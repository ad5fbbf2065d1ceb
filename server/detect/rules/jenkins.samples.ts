import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'jenkins-api-token': {
    tps: [
      'JENKINS_API_TOKEN=bd49e1739fec9fb6f8dbbcccbce7f9b58c',
      'const jenkinsApiToken = "bd49e1739fec9fb6f8dbbcccbce7f9b58c";',
      '{ "jenkinsApiToken": "bd49e1739fec9fb6f8dbbcccbce7f9b58c" }',
      'jenkins_api_token: \'bd49e1739fec9fb6f8dbbcccbce7f9b58c\'',
    ],
    fps: [
      'JENKINS_API_TOKEN=${JENKINS_API_TOKEN}',
      'JENKINS_API_TOKEN=0000000000000000000000000000000000',
      'JENKINS_API_TOKEN=bd49e1739fec9fb6f',
      'JENKINS_ACCOUNT_ID=bd49e1739fec9fb6f8dbbcccbce7f9b58c',
      'JENKINS_API_TOKEN_ID=bd49e1739fec9fb6f8dbbcccbce7f9b58c',
      'const requestId = "bd49e1739fec9fb6f8dbbcccbce7f9b58c";',
    ],
  },
};
