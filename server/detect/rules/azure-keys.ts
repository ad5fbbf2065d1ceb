// Azure service keys in Microsoft's identifiable layout: each carries a fixed signature (`AzSe`, `+ASt`, `ACDb`…)
// followed by a version letter and a checksum, so they are found without any name. Older keys of the same services
// have no mark and are left to the Azure connection-string and generic rules.
import { tokenRule } from './token-rule';

export const azureSearchKey = tokenRule({
  id: 'azure-search-key',
  provider: 'Azure',
  description: 'Azure AI Search key',
  keywords: ['azse'],
  anchored: false,
  pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5}(?![A-Za-z0-9])/g,
  envVar: 'AZURE_SEARCH_KEY',
  docs: 'https://learn.microsoft.com/azure/search/search-security-api-keys',
  prefixLength: 0,
});

export const azureStorageAccountKey = tokenRule({
  id: 'azure-storage-account-key',
  provider: 'Azure',
  description: 'Azure Storage account key',
  keywords: ['+ast'],
  anchored: false,
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{76}\+ASt[A-D][A-Za-z0-9+/]{5}==(?![\w+/=-])/g,
  envVar: 'AZURE_STORAGE_KEY',
  docs: 'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage',
  prefixLength: 0,
});

export const azureCosmosdbKey = tokenRule({
  id: 'azure-cosmosdb-key',
  provider: 'Azure',
  description: 'Azure Cosmos DB key',
  keywords: ['acdb'],
  anchored: false,
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{76}ACDb[A-D][A-Za-z0-9+/]{5}==(?![\w+/=-])/g,
  envVar: 'AZURE_COSMOS_KEY',
  docs: 'https://learn.microsoft.com/azure/cosmos-db/database-security',
  prefixLength: 0,
});

export const azureFunctionKey = tokenRule({
  id: 'azure-function-key',
  provider: 'Azure',
  description: 'Azure Functions key',
  keywords: ['azfu'],
  anchored: false,
  pattern: /(?<![\w-])[\w-]{44}AzFu[A-D][\w-]{5}==(?![\w=-])/g,
  envVar: 'AZURE_FUNCTION_KEY',
  docs: 'https://learn.microsoft.com/azure/azure-functions/function-keys-how-to',
  prefixLength: 0,
});

export const azureServiceBusKey = tokenRule({
  id: 'azure-service-bus-key',
  provider: 'Azure',
  description: 'Azure Service Bus shared access key',
  keywords: ['+asb'],
  anchored: false,
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{33}\+ASb[A-D][A-Za-z0-9+/]{5}=(?![\w+/=-])/g,
  envVar: 'AZURE_SERVICEBUS_KEY',
  docs: 'https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas',
  prefixLength: 0,
});

export const azureEventHubsKey = tokenRule({
  id: 'azure-event-hubs-key',
  provider: 'Azure',
  description: 'Azure Event Hubs shared access key',
  keywords: ['+aeh'],
  anchored: false,
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{33}\+AEh[A-D][A-Za-z0-9+/]{5}=(?![\w+/=-])/g,
  envVar: 'AZURE_EVENTHUB_KEY',
  docs: 'https://learn.microsoft.com/azure/event-hubs/authenticate-shared-access-signature',
  prefixLength: 0,
});

export const azureApimKey = tokenRule({
  id: 'azure-apim-key',
  provider: 'Azure',
  description: 'Azure API Management key',
  keywords: ['apim'],
  anchored: false,
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{76}APIM[A-D][A-Za-z0-9+/]{5}==(?![\w+/=-])/g,
  envVar: 'AZURE_APIM_KEY',
  docs: 'https://learn.microsoft.com/azure/api-management/api-management-subscriptions',
  prefixLength: 0,
});

export const azureContainerRegistryKey = tokenRule({
  id: 'azure-container-registry-key',
  provider: 'Azure',
  description: 'Azure Container Registry access key',
  keywords: ['+acr'],
  anchored: false,
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5}(?![\w+/=-])/g,
  envVar: 'AZURE_ACR_PASSWORD',
  docs: 'https://learn.microsoft.com/azure/container-registry/container-registry-authentication',
  prefixLength: 0,
});

export const azureCognitiveServicesKey = tokenRule({
  id: 'azure-cognitive-services-key',
  provider: 'Azure',
  description: 'Azure AI services key',
  keywords: ['jqqj9'],
  anchored: false,
  pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9][A-L][A-Za-z0-9]{16}ACOG[A-Za-z0-9]{4}(?![A-Za-z0-9])/g,
  envVar: 'AZURE_AI_SERVICES_KEY',
  docs: 'https://learn.microsoft.com/azure/ai-services/authentication',
  prefixLength: 0,
});

export const azureKeysRules = [azureSearchKey, azureStorageAccountKey, azureCosmosdbKey, azureFunctionKey, azureServiceBusKey, azureEventHubsKey, azureApimKey, azureContainerRegistryKey, azureCognitiveServicesKey];
