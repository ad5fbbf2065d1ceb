// Databricks personal access tokens: `dapi` + 32 hex, optionally `-2` style suffix.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'dapiafba08b24794bc43c809cffbb86d375f';

export const databricksToken = tokenRule({
  id: 'databricks-token',
  provider: 'Databricks',
  description: 'Databricks personal access token',
  keywords: ['dapi'],
  pattern: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g,
  envVar: 'DATABRICKS_TOKEN',
  docs: 'https://docs.databricks.com/aws/en/dev-tools/auth/pat',
  prefixLength: 4,
  samples: {
    tps: [...snippets(TOKEN, 'DATABRICKS_TOKEN'), `[DEFAULT]\nhost = https://dbc-a1b2c3d4-e5f6.cloud.databricks.com\ntoken = ${TOKEN}-2`],
    fps: [...placeholders('dapi', 'DATABRICKS_TOKEN', 32), `DATABRICKS_TOKEN=${TOKEN.slice(0, 30)}`, 'const dapiVersion = "2.0";'],
  },
});

export const databricksRules = [databricksToken];
