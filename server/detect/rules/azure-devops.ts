// Azure DevOps personal access tokens. Since 2024: 84 characters in Microsoft's identifiable-key layout, 52 random
// characters, the `JQQJ9` signature and `AZDO` at position 76. Before: 52 lowercase base32 characters with no mark
// of their own, so only under an Azure DevOps name.
import { namedRule } from './named-rule';
import { signedKeyPattern } from './support/signed-key';
import { tokenRule } from './token-rule';

export const azureDevopsPat = tokenRule({
  id: 'azure-devops-pat',
  provider: 'Azure DevOps',
  description: 'Azure DevOps personal access token',
  keywords: ['jqqj9'],
  pattern: signedKeyPattern('[A-Za-z0-9]', 52, 'JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}AZDO[A-Za-z0-9]{4}', '(?![A-Za-z0-9])'),
  envVar: 'AZURE_DEVOPS_PAT',
  docs: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
  prefixLength: 0,
});

export const azureDevopsPatLegacy = namedRule({
  id: 'azure-devops-pat-legacy',
  provider: 'Azure DevOps',
  description: 'Azure DevOps personal access token (52-character form)',
  keywords: ['azure_devops', 'azure-devops', 'azure.devops', 'azuredevops', 'ado_', 'ado-', 'azdo', 'vsts'],
  name: 'azure[_.-]?devops|ado|azdo|vsts',
  kind: 'pat|token|key|secret|password',
  value: '[a-z2-7]{52}',
  envVar: 'AZURE_DEVOPS_PAT',
  docs: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
});

export const azureDevopsRules = [azureDevopsPat, azureDevopsPatLegacy];
