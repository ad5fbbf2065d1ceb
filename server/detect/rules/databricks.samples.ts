import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'dapiafba08b24794bc43c809cffbb86d375f';

export const samples: RuleSamples = {
  'databricks-token': {
    tps: [...snippets(TOKEN, 'DATABRICKS_TOKEN'), `[DEFAULT]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\ntoken = ${TOKEN}-2`],
    fps: [...placeholders('dapi', 'DATABRICKS_TOKEN', 32), `DATABRICKS_TOKEN=${TOKEN.slice(0, 30)}`, 'const dapiVersion = "2.0";'],
  },
};
