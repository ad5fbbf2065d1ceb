import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'squ_2445149834b9eee59f06f9ec95a618f77f27ae00';

export const samples: RuleSamples = {
  'sonarqube-token': {
    tps: [...snippets(TOKEN, 'SONAR_TOKEN'), `mvn sonar:sonar -Dsonar.token=${TOKEN.replace('squ_', 'sqp_')}`],
    fps: [...placeholders('squ_', 'SONAR_TOKEN', 40), `SONAR_TOKEN=${TOKEN.slice(0, 30)}`],
  },
  'sonarqube-token-legacy': {
    tps: ['SONAR_TOKEN=c0da001cf393856889d690472d5ffcc4ee27edc5', 'sonar.login=c0da001cf393856889d690472d5ffcc4ee27edc5', 'sonarcloud_token: "c0da001cf393856889d690472d5ffcc4ee27edc5"'],
    fps: ['SONAR_TOKEN=${SONAR_TOKEN}', 'SONAR_TOKEN=0000000000000000000000000000000000000000', 'SONAR_HOST_URL=https://sonar.acme.io', 'const commit = "c0da001cf393856889d690472d5ffcc4ee27edc5";'],
  },
};
