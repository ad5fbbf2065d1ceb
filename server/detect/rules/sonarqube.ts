// SonarQube / SonarCloud tokens: `squ_` (user), `sqp_` (project analysis), `sqa_` (global analysis)
// + 40 hex characters. Older tokens are the 40 hex alone: counted only under a Sonar name.
import { namedRule } from './named-rule';
import { tokenRule } from './token-rule';

export const sonarqubeToken = tokenRule({
  id: 'sonarqube-token',
  provider: 'SonarQube',
  description: 'SonarQube token',
  keywords: ['squ_', 'sqp_', 'sqa_'],
  pattern: /\bsq[upa]_[a-f0-9]{40}\b/g,
  envVar: 'SONAR_TOKEN',
  docs: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
  prefixLength: 4,
});

export const sonarqubeTokenLegacy = namedRule({
  id: 'sonarqube-token-legacy',
  provider: 'SonarQube',
  description: 'SonarQube token (unprefixed form)',
  keywords: ['sonar'],
  name: 'sonar(?:qube|cloud)?',
  kind: 'token|login|key',
  value: '[a-f0-9]{40}',
  envVar: 'SONAR_TOKEN',
  docs: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
});

export const sonarqubeRules = [sonarqubeToken, sonarqubeTokenLegacy];
