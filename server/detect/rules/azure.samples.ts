import type { RuleSamples } from '../rule';
import { EMULATOR_KEY } from './azure';

const KEY = 'LDzofnwGyg3coIcAp4K5SHVTBy42ivjxRFyLjT8+Qx12jGeGdht4rdJYYyATpWOAIAQ7MUZienBU6fpXgL63ow==';
const KEY2 = 'cfiuQ5yoDW3goYM5jR7cB9IboyOoLJUmrqSdL+9KkyBI+4J0vSRa5rLNcnxfliMzum3Xsi3huENAV5HJUrJUOg==';
const SAS_KEY = 'C26WuZYJ0/P/8SONSK83bPAWaYB6fJyY6JA+uI/OQY0=';
const CONN = `DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=${KEY};EndpointSuffix=core.windows.net`;
const BUS = `Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SAS_KEY}`;
const CLIENT_SECRET = 'ews8Q~nWdP9czKcTTwePC-EbCbykIiX3xoXADm2L';
const SAS = 'sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=TLHxXhvHFcxEwzBHOtqa%2B2kQpXTupB6qKrGqDZGAK%2Fc%3D';

export const samples: RuleSamples = {
  'azure-storage-key': {
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
  'azure-connection-string': {
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
  'azure-ad-client-secret': {
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
  'azure-sas-token': {
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
};
