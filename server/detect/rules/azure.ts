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
  // Every name alternative starts with a keyword, so the engine tries the pattern only there.
  anchored: true,
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
  anchored: true,
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

const CLIENT_SECRET = 'ews8Q~nWdP9czKcTTwePC-EbCbykIiX3xoXADm2L';

// Entra ID (Azure AD) app client secrets since 2022: 3 characters, a digit, "Q~", then 31-34 more.
export const azureAdClientSecret = defineRule({
  id: 'azure-ad-client-secret',
  provider: 'Azure',
  description: 'Azure AD (Entra ID) client secret',
  keywords: ['q~'],
  pattern: /(?<![\w~.-])[\w~.-]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])/g,
  envVar: 'AZURE_CLIENT_SECRET',
  minEntropy: 3.5,
  docs: 'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
  validate: (secret) => (looksLikePlaceholder(secret) ? false : {}),
  samples: {
    tps: [
      `AZURE_CLIENT_SECRET=${CLIENT_SECRET}`,
      `const credential = new ClientSecretCredential(tenantId, clientId, "${CLIENT_SECRET}");`,
      `{"appId": "0f5c3a2e-8d41-4b7a-9e6f-2c1d0b9a8e7f", "password": "${CLIENT_SECRET}", "tenant": "acme.onmicrosoft.com"}`,
    ],
    fps: [
      'AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}',
      'AZURE_CLIENT_SECRET=abc1Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `AZURE_CLIENT_SECRET=${CLIENT_SECRET.slice(0, 24)}`,
      'const path = "~/.azure/config";',
    ],
  },
});

const SAS = 'sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=TLHxXhvHFcxEwzBHOtqa%2B2kQpXTupB6qKrGqDZGAK%2Fc%3D';

// Shared access signatures: a URL query whose `sig=` is an HMAC over the other fields (sv=, se=, sp=…).
export const azureSasToken = defineRule({
  id: 'azure-sas-token',
  provider: 'Azure',
  description: 'Azure shared access signature (SAS) token',
  keywords: ['sig='],
  pattern: /[?&;]sig=(?<secret>[A-Za-z0-9%+/]{40,120}={0,2})(?![A-Za-z0-9%+/=])/g,
  envVar: 'AZURE_STORAGE_SAS_TOKEN',
  minEntropy: 4,
  docs: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview',
  validate: (secret, match, ctx) => {
    if (looksLikePlaceholder(secret)) return false;
    const query = ctx.text.slice(Math.max(0, match.index - 400), match.index);
    return /\bsv=\d{4}-\d\d-\d\d\b/.test(query) && /\bs[pe]=/.test(query) ? {} : false;
  },
  samples: {
    tps: [
      `AZURE_STORAGE_SAS_TOKEN="?${SAS}"`,
      `const url = "https://acmeprod.blob.core.windows.net/backups?${SAS}";`,
      `BlobEndpoint=https://acmeprod.blob.core.windows.net/;SharedAccessSignature=${SAS}`,
    ],
    fps: [
      'const url = `https://acme.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=${sasSignature}`;',
      'https://acme.blob.core.windows.net/c?sv=2022-11-02&se=2026-01-01&sp=r&sig=<signature>',
      'https://api.acme.io/webhook?sig=9f2c1e0b7a6d5c4b3a29181706f5e4d3c2b1a0908f7e6d5c&ts=1732290051',
    ],
  },
});

export const azureRules = [azureStorageKey, azureConnectionString, azureAdClientSecret, azureSasToken];
