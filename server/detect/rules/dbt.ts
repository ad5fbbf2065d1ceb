// dbt Cloud service tokens (`dbtc_`) and personal access tokens (`dbtu_`).
import { tokenRule } from './token-rule';

export const dbtCloudToken = tokenRule({
  id: 'dbt-cloud-token',
  provider: 'dbt Cloud',
  description: 'dbt Cloud token',
  keywords: ['dbtc_', 'dbtu_'],
  pattern: /(?<![\w-])dbt[cu]_[\w-]{40,64}(?![\w-])/g,
  envVar: 'DBT_CLOUD_API_TOKEN',
  docs: 'https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens',
  prefixLength: 5,
});

export const dbtRules = [dbtCloudToken];
