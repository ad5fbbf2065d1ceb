// Docker Hub personal access tokens (`dckr_pat_`) and organization access tokens (`dckr_oat_`).
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://docs.docker.com/security/for-developers/access-tokens/';
const PAT = 'dckr_pat_EUPO_KP99Pa8klgd3fGntvXkORg';
const OAT = 'dckr_oat_9PTvXNuLkZ4JBi3sswwvOQYJKllZtBwP';

export const dockerHubPat = tokenRule({
  id: 'docker-hub-pat',
  provider: 'Docker Hub',
  description: 'Docker Hub personal access token',
  keywords: ['dckr_pat_'],
  pattern: /\bdckr_pat_[\w-]{27}(?![\w-])/g,
  envVar: 'DOCKERHUB_TOKEN',
  docs: DOCS,
  prefixLength: 9,
  samples: {
    tps: [...snippets(PAT, 'DOCKERHUB_TOKEN'), `echo "${PAT}" | docker login -u acmebot --password-stdin`],
    fps: [...placeholders('dckr_pat_', 'DOCKERHUB_TOKEN', 27), `DOCKERHUB_TOKEN=${PAT.slice(0, 25)}`],
  },
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
  samples: {
    tps: snippets(OAT, 'DOCKERHUB_TOKEN'),
    fps: [...placeholders('dckr_oat_', 'DOCKERHUB_TOKEN', 32), `DOCKERHUB_TOKEN=${OAT.slice(0, 25)}`],
  },
});

export const dockerRules = [dockerHubPat, dockerHubOrgToken];
