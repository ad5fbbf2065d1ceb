import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const PAT = 'dckr_pat_EUPO_KP99Pa8klgd3fGntvXkORg';
const OAT = 'dckr_oat_9PTvXNuLkZ4JBi3sswwvOQYJKllZtBwP';

export const samples: RuleSamples = {
  'docker-hub-pat': {
    tps: [...snippets(PAT, 'DOCKERHUB_TOKEN'), `echo "${PAT}" | docker login -u acmebot --password-stdin`],
    fps: [...placeholders('dckr_pat_', 'DOCKERHUB_TOKEN', 27), `DOCKERHUB_TOKEN=${PAT.slice(0, 25)}`],
  },
  'docker-hub-org-token': {
    tps: snippets(OAT, 'DOCKERHUB_TOKEN'),
    fps: [...placeholders('dckr_oat_', 'DOCKERHUB_TOKEN', 32), `DOCKERHUB_TOKEN=${OAT.slice(0, 25)}`],
  },
};
