import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const API_KEY = 'AKCpKpiaemeYXCaWNUK9UvcZl3YQdHH61riVeQA69hy2apFkflJyp0Mb7VAnZaQmdD6yKZj2W';
const REFERENCE = 'cmVmdVzNLPLIr5OgZIFw3DJQPvcxeIOPfxtD1dfx6WUQpfcGRWfSjrylTEdb673d';

export const samples: RuleSamples = {
  'artifactory-api-key': {
    tps: [...snippets(API_KEY, 'ARTIFACTORY_API_KEY'), `curl -H "X-JFrog-Art-Api: ${API_KEY}" https://acme.jfrog.io/artifactory/api/repositories`],
    fps: [...placeholders('AKCp', 'ARTIFACTORY_API_KEY', 69), `ARTIFACTORY_API_KEY=${API_KEY.slice(0, 50)}`],
  },
  'artifactory-reference-token': {
    tps: [...snippets(REFERENCE, 'ARTIFACTORY_ACCESS_TOKEN'), `//acme.jfrog.io/artifactory/api/npm/npm/:_authToken=${REFERENCE}`],
    fps: [...placeholders('cmVmd', 'ARTIFACTORY_ACCESS_TOKEN', 59), `ARTIFACTORY_ACCESS_TOKEN=${REFERENCE.slice(0, 40)}`],
  },
};
