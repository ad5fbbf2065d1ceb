// Azure service keys in Microsoft's identifiable layout: each carries a fixed signature (`AzSe`, `+ASt`, `ACDb`…)
// followed by a version letter and a checksum, so they are found without any name. Older keys of the same services
// have no mark and are left to the Azure connection-string and generic rules.
import type { Rule } from '../rule';
import { signedKeyPattern } from './support/signed-key';
import { tokenRule } from './token-rule';

const B64 = '[A-Za-z0-9+/]';
const B64_END = '(?![\\w+/=-])';
const ALNUM = '[A-Za-z0-9]';
const ALNUM_END = '(?![A-Za-z0-9])';
const DOCS = 'https://learn.microsoft.com/azure/';

/** A key of `before` random `alphabet` characters, then `signed` (signature, version letter, checksum). */
function azureKey(id: string, description: string, envVar: string, keyword: string, alphabet: string, before: number, signed: string, end: string, docs: string): Rule {
  return tokenRule({
    id,
    provider: 'Azure',
    description,
    keywords: [keyword],
    pattern: signedKeyPattern(alphabet, before, signed, end),
    envVar,
    docs: DOCS + docs,
    prefixLength: 0,
  });
}

export const azureSearchKey = azureKey('azure-search-key', 'Azure AI Search key', 'AZURE_SEARCH_KEY', 'azse',
  ALNUM, 42, 'AzSe[A-D][A-Za-z0-9]{5}', ALNUM_END, 'search/search-security-api-keys');
export const azureStorageAccountKey = azureKey('azure-storage-account-key', 'Azure Storage account key', 'AZURE_STORAGE_KEY', '+ast',
  B64, 76, '\\+ASt[A-D][A-Za-z0-9+/]{5}==', B64_END, 'storage/common/storage-account-keys-manage');
export const azureCosmosdbKey = azureKey('azure-cosmosdb-key', 'Azure Cosmos DB key', 'AZURE_COSMOS_KEY', 'acdb',
  B64, 76, 'ACDb[A-D][A-Za-z0-9+/]{5}==', B64_END, 'cosmos-db/database-security');
export const azureFunctionKey = azureKey('azure-function-key', 'Azure Functions key', 'AZURE_FUNCTION_KEY', 'azfu',
  '[\\w-]', 44, 'AzFu[A-D][\\w-]{5}==', '(?![\\w=-])', 'azure-functions/function-keys-how-to');
export const azureServiceBusKey = azureKey('azure-service-bus-key', 'Azure Service Bus shared access key', 'AZURE_SERVICEBUS_KEY', '+asb',
  B64, 33, '\\+ASb[A-D][A-Za-z0-9+/]{5}=', B64_END, 'service-bus-messaging/service-bus-sas');
export const azureEventHubsKey = azureKey('azure-event-hubs-key', 'Azure Event Hubs shared access key', 'AZURE_EVENTHUB_KEY', '+aeh',
  B64, 33, '\\+AEh[A-D][A-Za-z0-9+/]{5}=', B64_END, 'event-hubs/authenticate-shared-access-signature');
export const azureApimKey = azureKey('azure-apim-key', 'Azure API Management key', 'AZURE_APIM_KEY', 'apim',
  B64, 76, 'APIM[A-D][A-Za-z0-9+/]{5}==', B64_END, 'api-management/api-management-subscriptions');
export const azureContainerRegistryKey = azureKey('azure-container-registry-key', 'Azure Container Registry access key', 'AZURE_ACR_PASSWORD', '+acr',
  B64, 42, '\\+ACR[A-D][A-Za-z0-9+/]{5}', B64_END, 'container-registry/container-registry-authentication');
// Common annotated security keys (84 characters): `JQQJ9` after 52 random ones, the service's signature at 76.
export const azureCognitiveServicesKey = azureKey('azure-cognitive-services-key', 'Azure AI services key', 'AZURE_AI_SERVICES_KEY', 'jqqj9',
  ALNUM, 52, 'JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}ACOG[A-Za-z0-9]{4}', ALNUM_END, 'ai-services/authentication');

export const azureKeysRules = [
  azureSearchKey, azureStorageAccountKey, azureCosmosdbKey, azureFunctionKey, azureServiceBusKey, azureEventHubsKey,
  azureApimKey, azureContainerRegistryKey, azureCognitiveServicesKey,
];
