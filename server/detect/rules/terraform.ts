// Terraform Cloud / HCP Terraform API tokens: 14 alphanumerics, `.atlasv1.`, then 60-70 more characters.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'fHW5i3v7Q22v1W.atlasv1.PSpMELS6A09RLbc_Peb1M5vUuprhjMFnST2nxV5oKc9LLY0iqj844Pq8x_jFoBUm3zS';

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
  samples: {
    tps: [
      ...snippets(TOKEN, 'TFE_TOKEN'),
      `credentials "app.terraform.io" {\n  token = "${TOKEN}"\n}`,
    ],
    fps: [
      ...placeholders('xxxxxxxxxxxxxx.atlasv1.', 'TFE_TOKEN', 64),
      `TFE_TOKEN=${TOKEN.slice(0, 50)}`,
      'TFE_TOKEN=abcdefghijklmn.atlasv1.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij',
    ],
  },
});

export const terraformRules = [terraformCloudToken];
