// SonarQube / SonarCloud tokens: `squ_` (user), `sqp_` (project analysis), `sqa_` (global analysis)
// + 40 hex characters.
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

export const sonarqubeRules = [sonarqubeToken];
