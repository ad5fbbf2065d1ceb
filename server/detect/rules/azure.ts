// Azure storage account keys (64 random bytes, 88 base64 characters ending in "==") and the connection
// strings that carry them (AccountKey=…) or a Service Bus / Event Hubs / IoT Hub SharedAccessKey=….
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { looksLikePlaceholder } from './shape';

const KEY = 'LDzofnwGyg3coIcAp4K5SHVTBy42ivjxRFyLjT8+Qx12jGeGdht4rdJYYyATpWOAIAQ7MUZienBU6fpXgL63ow==';
const KEY2 = 'cfiuQ5yoDW3goYM5jR7cB9IboyOoLJUmrqSdL+9KkyBI+4J0vSRa5rLNcnxfliMzum3Xsi3huENAV5HJUrJUOg==';
const SAS_KEY = 'C26WuZYJ0/P/8SONSK83bPAWaYB6fJyY6JA+uI/OQY0=';

// 64 bytes in base64: the last character before "==" only carries 4 bits, so it is one of A, Q, g, w.
const STORAGE_KEY = '[A-Za-z0-9+/]{85}[AQgw]==';
// 32 bytes: the last character before "=" carries 2 bits.
const SHARED_KEY = '[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=';

// The storage emulator's (Azurite's) published development key.
const EMULATOR_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const plausibleKey = (key: string) =>
  key !== EMULATOR_KEY && !looksLikePlaceholder(key) && /[0-9]/.test(key) && /[a-z]/.test(key) && /[A-Z]/.test(key);

export const azureStorageKey = defineRule({
  id: 'azure-storage-key',
  provider: 'Azure',
  description: 'Azure storage account key',
  keywords: ['azure', 'storage'],
  pattern: new RegExp(
    assigned('azure[\\w.-]{0,30}?key|storage[_.-]?(?:account[_.-]?)?(?:access[_.-]?)?key', STORAGE_KEY, '(?![A-Za-z0-9+/=])'),
    'gi',
  ),
  envVar: 'AZURE_STORAGE_KEY',
  minEntropy: 4.5,
  docs: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
  validate: (secret) => (plausibleKey(secret) ? {} : false),
  samples: {
    tps: [
      `AZURE_STORAGE_KEY=${KEY}`,
      `const storageAccountKey = "${KEY2}";`,
      `"AzureStorageAccountKey": "${KEY}"`,
      `azure:\n  storage_account_key: ${KEY2}`,
    ],
    fps: [
      'AZURE_STORAGE_KEY=${AZURE_STORAGE_KEY}',
      `AZURE_STORAGE_KEY=${'A'.repeat(86)}==`,
      `const storageKey = "${KEY.slice(0, 60)}";`,
      `const imageData = "${KEY}";`,
      `AZURE_STORAGE_KEY=${KEY.slice(0, 85)}B==`,
      `AZURE_STORAGE_KEY=${EMULATOR_KEY}`,
    ],
  },
});

const CONN = `DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=${KEY};EndpointSuffix=core.windows.net`;
const BUS = `Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SAS_KEY}`;

export const azureConnectionString = defineRule({
  id: 'azure-connection-string',
  provider: 'Azure',
  description: 'Azure connection string with an account or shared access key',
  keywords: ['accountkey', 'sharedaccesskey'],
  pattern: new RegExp(`(?:AccountKey|SharedAccessKey)=(?<secret>${STORAGE_KEY}|${SHARED_KEY})(?![A-Za-z0-9+/=])`, 'g'),
  envVar: 'AZURE_STORAGE_CONNECTION_STRING',
  docs: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string',
  validate: (secret) => (plausibleKey(secret) ? {} : false),
  samples: {
    tps: [
      `AZURE_STORAGE_CONNECTION_STRING="${CONN}"`,
      `{"Values": {"AzureWebJobsStorage": "${CONN}"}}`,
      `SERVICEBUS_CONNECTION=${BUS}`,
      `const conn = "${BUS}";`,
    ],
    fps: [
      'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net"',
      'AzureWebJobsStorage=UseDevelopmentStorage=true',
      'conn = "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${SAS_KEY}"',
      `AccountKey=${'x'.repeat(86)}==`,
      `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${EMULATOR_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"`,
    ],
  },
});

export const azureRules = [azureStorageKey, azureConnectionString];
