// Azure storage account keys (64 random bytes, 88 base64 characters ending in "==") and the connection
// strings that carry them (AccountKey=…) or a Service Bus / Event Hubs / IoT Hub SharedAccessKey=….
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { isPlaceholder, unlessPlaceholder } from '../placeholder';

// 64 bytes in base64: the last character before "==" only carries 4 bits, so it is one of A, Q, g, w.
const STORAGE_KEY = '[A-Za-z0-9+/]{85}[AQgw]==';
// 32 bytes: the last character before "=" carries 2 bits.
const SHARED_KEY = '[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=';

// The storage emulator's (Azurite's) published development key.
export const EMULATOR_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const plausibleKey = (key: string) =>
  key !== EMULATOR_KEY && !isPlaceholder(key) && /[0-9]/.test(key) && /[a-z]/.test(key) && /[A-Z]/.test(key);

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
});

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
});

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
  validate: unlessPlaceholder(),
});

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
    if (isPlaceholder(secret)) return false;
    const query = ctx.text.slice(Math.max(0, match.index - 400), match.index);
    return /\bsv=\d{4}-\d\d-\d\d\b/.test(query) && /\bs[pe]=/.test(query) ? {} : false;
  },
});

export const azureRules = [azureStorageKey, azureConnectionString, azureAdClientSecret, azureSasToken];
