// Cloudflare: API tokens (40 characters) and Global API keys (37 hex) carry no prefix, so they are only
// reported under a Cloudflare-ish name; Origin CA keys have their own `v1.0-` layout.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { isPlaceholder, unlessPlaceholder } from '../placeholder';
import { tokenRule } from './token-rule';

const NAME = 'cloudflare|cf[_.-]?api|cf[_.-]?(?:account[_.-]?)?token';

export const cloudflareApiToken = defineRule({
  id: 'cloudflare-api-token',
  provider: 'Cloudflare',
  description: 'Cloudflare API token',
  keywords: ['cloudflare', 'cf_api', 'cf-api', 'cfapi', 'cf_token', 'cf_account_token'],
  pattern: new RegExp(assigned(NAME, '[\\w-]{40}'), 'gi'),
  envVar: 'CLOUDFLARE_API_TOKEN',
  minEntropy: 3.8,
  docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/',
  validate: (secret) => (charClasses(secret) === 3 && !isPlaceholder(secret) ? {} : false),
});

export const cloudflareGlobalApiKey = defineRule({
  id: 'cloudflare-global-api-key',
  provider: 'Cloudflare',
  description: 'Cloudflare Global API key',
  keywords: ['cloudflare', 'cf_api', 'cf-api', 'cfapi'],
  pattern: new RegExp(assigned('cloudflare|cf[_.-]?api|cf[_.-]?auth', '[a-f0-9]{37}'), 'gi'),
  envVar: 'CLOUDFLARE_API_KEY',
  minEntropy: 3.3,
  docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/keys/',
  validate: unlessPlaceholder(),
});

export const cloudflareOriginCaKey = tokenRule({
  id: 'cloudflare-origin-ca-key',
  provider: 'Cloudflare',
  description: 'Cloudflare Origin CA key',
  keywords: ['v1.0-'],
  pattern: /\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b/g,
  envVar: 'CLOUDFLARE_ORIGIN_CA_KEY',
  docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/',
  prefixLength: 5,
});

export const cloudflareRules = [cloudflareApiToken, cloudflareGlobalApiKey, cloudflareOriginCaKey];
