import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'squ_2445149834b9eee59f06f9ec95a618f77f27ae00';

export const samples: RuleSamples = {
  'sonarqube-token': {
    tps: [...snippets(TOKEN, 'SONAR_TOKEN'), `mvn sonar:sonar -Dsonar.token=${TOKEN.replace('squ_', 'sqp_')}`],
    fps: [...placeholders('squ_', 'SONAR_TOKEN', 40), `SONAR_TOKEN=${TOKEN.slice(0, 30)}`],
  },
};
