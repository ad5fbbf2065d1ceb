// Docker Hub personal access tokens (`dckr_pat_`) and organization access tokens (`dckr_oat_`).
import { tokenRule } from './token-rule';

const DOCS = 'https://docs.docker.com/security/for-developers/access-tokens/';

export const dockerHubPat = tokenRule({
  id: 'docker-hub-pat',
  provider: 'Docker Hub',
  description: 'Docker Hub personal access token',
  keywords: ['dckr_pat_'],
  pattern: /\bdckr_pat_[\w-]{27}(?![\w-])/g,
  envVar: 'DOCKERHUB_TOKEN',
  docs: DOCS,
  prefixLength: 9,
});

export const dockerHubOrgToken = tokenRule({
  id: 'docker-hub-org-token',
  provider: 'Docker Hub',
  description: 'Docker Hub organization access token',
  keywords: ['dckr_oat_'],
  pattern: /\bdckr_oat_[\w-]{27,40}(?![\w-])/g,
  envVar: 'DOCKERHUB_TOKEN',
  docs: 'https://docs.docker.com/security/for-admins/access-tokens/',
  prefixLength: 9,
});

export const dockerRules = [dockerHubPat, dockerHubOrgToken];
