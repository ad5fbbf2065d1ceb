// Azure OpenAI keys: 32 hex with no prefix, so only under an Azure OpenAI name.
import { namedRule } from './named-rule';

export const azureOpenaiApiKey = namedRule({
  id: 'azure-openai-api-key',
  provider: 'Azure OpenAI',
  description: 'Azure OpenAI API key',
  keywords: ['azure_openai', 'azure-openai', 'azure.openai', 'azureopenai'],
  name: 'azure[_.-]?openai',
  value: '[a-f0-9]{32}',
  envVar: 'AZURE_OPENAI_API_KEY',
  docs: 'https://learn.microsoft.com/azure/ai-services/openai/reference#authentication',
});

export const azureOpenaiRules = [azureOpenaiApiKey];
