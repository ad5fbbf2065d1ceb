// JFrog Artifactory: legacy API keys (`AKCp` + 69 alphanumerics) and reference tokens, whose base64 starts
// with "reftkn" (`cmVmdGtu…`, 64 characters in all).
import { charClasses } from './shape';
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens';
const API_KEY = 'AKCpKpiaemeYXCaWNUK9UvcZl3YQdHH61riVeQA69hy2apFkflJyp0Mb7VAnZaQmdD6yKZj2W';
const REFERENCE = 'cmVmdVzNLPLIr5OgZIFw3DJQPvcxeIOPfxtD1dfx6WUQpfcGRWfSjrylTEdb673d';

export const artifactoryApiKey = tokenRule({
  id: 'artifactory-api-key',
  provider: 'JFrog Artifactory',
  description: 'Artifactory API key',
  keywords: ['akcp'],
  pattern: /\bAKCp[A-Za-z0-9]{69}\b/g,
  envVar: 'ARTIFACTORY_API_KEY',
  minEntropy: 4.5,
  docs: DOCS,
  prefixLength: 4,
  samples: {
    tps: [...snippets(API_KEY, 'ARTIFACTORY_API_KEY'), `curl -H "X-JFrog-Art-Api: ${API_KEY}" https://acme.jfrog.io/artifactory/api/repositories`],
    fps: [...placeholders('AKCp', 'ARTIFACTORY_API_KEY', 69), `ARTIFACTORY_API_KEY=${API_KEY.slice(0, 50)}`],
  },
});

export const artifactoryReferenceToken = tokenRule({
  id: 'artifactory-reference-token',
  provider: 'JFrog Artifactory',
  description: 'Artifactory reference token',
  keywords: ['cmvmd'],
  pattern: /\bcmVmd[A-Za-z0-9]{59}\b/g,
  envVar: 'ARTIFACTORY_ACCESS_TOKEN',
  minEntropy: 4.5,
  docs: DOCS,
  prefixLength: 5,
  check: (secret) => (charClasses(secret.slice(5)) === 3 ? {} : false),
  samples: {
    tps: [...snippets(REFERENCE, 'ARTIFACTORY_ACCESS_TOKEN'), `//acme.jfrog.io/artifactory/api/npm/npm/:_authToken=${REFERENCE}`],
    fps: [...placeholders('cmVmd', 'ARTIFACTORY_ACCESS_TOKEN', 59), `ARTIFACTORY_ACCESS_TOKEN=${REFERENCE.slice(0, 40)}`],
  },
});

export const artifactoryRules = [artifactoryApiKey, artifactoryReferenceToken];
