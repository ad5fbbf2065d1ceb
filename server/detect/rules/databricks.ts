// Databricks personal access tokens: `dapi` + 32 hex, optionally `-2` style suffix.
import { tokenRule } from './token-rule';

export const databricksToken = tokenRule({
  id: 'databricks-token',
  provider: 'Databricks',
  description: 'Databricks personal access token',
  keywords: ['dapi'],
  pattern: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g,
  envVar: 'DATABRICKS_TOKEN',
  docs: 'https://docs.databricks.com/aws/en/dev-tools/auth/pat',
  prefixLength: 4,
});

export const databricksRules = [databricksToken];
