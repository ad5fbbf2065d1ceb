// JFrog Artifactory: legacy API keys (`AKCp` + 69 alphanumerics) and reference tokens, whose base64 starts
// with "reftkn" (`cmVmdGtu…`, 64 characters in all).
import { charClasses } from './shape';
import { tokenRule } from './token-rule';

const DOCS = 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens';

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
});

export const artifactoryRules = [artifactoryApiKey, artifactoryReferenceToken];
