// Terraform Cloud / HCP Terraform API tokens: 14 alphanumerics, `.atlasv1.`, then 60-70 more characters.
import { tokenRule } from './token-rule';

export const terraformCloudToken = tokenRule({
  id: 'terraform-cloud-token',
  provider: 'Terraform Cloud',
  description: 'Terraform Cloud API token',
  keywords: ['.atlasv1.'],
  // The keyword sits inside the token, not at its start.
  anchored: false,
  pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{14}\.atlasv1\.[\w=-]{60,70}(?![\w=-])/g,
  envVar: 'TFE_TOKEN',
  docs: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
  prefixLength: 0,
});

export const terraformRules = [terraformCloudToken];
