// DigitalOcean tokens: `dop_v1_` (personal access), `doo_v1_` (OAuth access), `dor_v1_` (OAuth refresh),
// each followed by 64 hex characters.
import type { Rule } from '../rule';
import { placeholders, snippets, tokenRule } from './token-rule';

function doRule(id: string, prefix: string, description: string, envVar: string, hex: string, docs: string): Rule {
  const token = prefix + hex;
  return tokenRule({
    id,
    provider: 'DigitalOcean',
    description,
    keywords: [prefix],
    pattern: new RegExp(`\\b${prefix}[a-f0-9]{64}\\b`, 'g'),
    envVar,
    docs,
    prefixLength: prefix.length,
    samples: {
      tps: [...snippets(token, envVar), `doctl auth init --access-token ${token}`],
      fps: [...placeholders(prefix, envVar, 64), `${envVar}=${token.slice(0, 50)}`, `${envVar}=${prefix}${'0123456789abcdef'.repeat(4)}`],
    },
  });
}

const PAT_DOCS = 'https://docs.digitalocean.com/reference/api/create-personal-access-token/';
const OAUTH_DOCS = 'https://docs.digitalocean.com/reference/api/oauth/';

export const digitaloceanPat = doRule(
  'digitalocean-pat', 'dop_v1_', 'DigitalOcean personal access token', 'DIGITALOCEAN_ACCESS_TOKEN',
  'bb5750d1e326f5d225eb5eaec56dd1bee87a8a2f5375ccfcbc81dc3d1cf13624', PAT_DOCS,
);
export const digitaloceanOauthToken = doRule(
  'digitalocean-oauth-token', 'doo_v1_', 'DigitalOcean OAuth access token', 'DIGITALOCEAN_OAUTH_TOKEN',
  '2f2bfd7e822bb22e6d6437bfe61e924eb931b620b116aad2309833e85fb3b33c', OAUTH_DOCS,
);
export const digitaloceanRefreshToken = doRule(
  'digitalocean-refresh-token', 'dor_v1_', 'DigitalOcean OAuth refresh token', 'DIGITALOCEAN_REFRESH_TOKEN',
  'd626cceb7513e75b78d8e77288b784aa270407bd5e6a99a1f8f4d215aa6a586e', OAUTH_DOCS,
);

export const digitaloceanRules = [digitaloceanPat, digitaloceanOauthToken, digitaloceanRefreshToken];
