// SonarQube / SonarCloud tokens: `squ_` (user), `sqp_` (project analysis), `sqa_` (global analysis)
// + 40 hex characters.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'squ_2445149834b9eee59f06f9ec95a618f77f27ae00';

export const sonarqubeToken = tokenRule({
  id: 'sonarqube-token',
  provider: 'SonarQube',
  description: 'SonarQube token',
  keywords: ['squ_', 'sqp_', 'sqa_'],
  pattern: /\bsq[upa]_[a-f0-9]{40}\b/g,
  envVar: 'SONAR_TOKEN',
  docs: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
  prefixLength: 4,
  samples: {
    tps: [...snippets(TOKEN, 'SONAR_TOKEN'), `mvn sonar:sonar -Dsonar.token=${TOKEN.replace('squ_', 'sqp_')}`],
    fps: [...placeholders('squ_', 'SONAR_TOKEN', 40), `SONAR_TOKEN=${TOKEN.slice(0, 30)}`],
  },
});

export const sonarqubeRules = [sonarqubeToken];
