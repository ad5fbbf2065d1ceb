import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const PAT = 'dckr_pat_EUPO_KP99Pa8klgd3fGntvXkORg';
const OAT = 'dckr_oat_9PTvXNuLkZ4JBi3sswwvOQYJKllZtBwP';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const config = (auth: string, host = 'registry.acme-corp.io') => b64(JSON.stringify({ auths: { [host]: { auth: b64(auth) } } }));

export const samples: RuleSamples = {
  'docker-config-auth': {
    tps: [
      `  .dockerconfigjson: ${config('ci-bot:Vq7Lz2Rk9WmX4tPz')}`,
      `{"data": {".dockerconfigjson": "${config('deploy:Tz4Kq8Lw2Vn7Rm')}"}}`,
      `  .dockerconfigjson: ${b64(JSON.stringify({ auths: { 'ghcr.io': { username: 'bot', password: 'Wm3Rz8Kq2Lv6Xp' } } }))}`,
    ],
    fps: [
      `  .dockerconfigjson: ${config('user:password')}`,
      `  .dockerconfigjson: ${config('ci-bot:\${REGISTRY_PASSWORD}')}`,
      `  .dockerconfigjson: ${config('ci-bot:Vq7Lz2Rk9WmX4tPz', 'registry.example.com')}`,
      `  .dockerconfigjson: ${b64(JSON.stringify({ auths: { 'ghcr.io': {} }, credsStore: 'desktop' }))}`,
      '  .dockerconfigjson: {{ .Values.imagePullSecret | b64enc }}',
    ],
  },
  'docker-hub-pat': {
    tps: [...snippets(PAT, 'DOCKERHUB_TOKEN'), `echo "${PAT}" | docker login -u acmebot --password-stdin`],
    fps: [...placeholders('dckr_pat_', 'DOCKERHUB_TOKEN', 27), `DOCKERHUB_TOKEN=${PAT.slice(0, 25)}`],
  },
  'docker-hub-org-token': {
    tps: snippets(OAT, 'DOCKERHUB_TOKEN'),
    fps: [...placeholders('dckr_oat_', 'DOCKERHUB_TOKEN', 32), `DOCKERHUB_TOKEN=${OAT.slice(0, 25)}`],
  },
};
