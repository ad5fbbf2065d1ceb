// DigitalOcean tokens: `dop_v1_` (personal access), `doo_v1_` (OAuth access), `dor_v1_` (OAuth refresh),
// each followed by 64 hex characters.
import type { Rule } from '../rule';
import { tokenRule } from './token-rule';

function doRule(id: string, prefix: string, description: string, envVar: string, docs: string): Rule {
  return tokenRule({
    id,
    provider: 'DigitalOcean',
    description,
    keywords: [prefix],
    pattern: new RegExp(`\\b${prefix}[a-f0-9]{64}\\b`, 'g'),
    envVar,
    docs,
    prefixLength: prefix.length,
  });
}

const PAT_DOCS = 'https://docs.digitalocean.com/reference/api/create-personal-access-token/';
const OAUTH_DOCS = 'https://docs.digitalocean.com/reference/api/oauth/';

export const digitaloceanPat = doRule('digitalocean-pat', 'dop_v1_', 'DigitalOcean personal access token', 'DIGITALOCEAN_ACCESS_TOKEN', PAT_DOCS);
export const digitaloceanOauthToken = doRule('digitalocean-oauth-token', 'doo_v1_', 'DigitalOcean OAuth access token', 'DIGITALOCEAN_OAUTH_TOKEN', OAUTH_DOCS);
export const digitaloceanRefreshToken = doRule('digitalocean-refresh-token', 'dor_v1_', 'DigitalOcean OAuth refresh token', 'DIGITALOCEAN_REFRESH_TOKEN', OAUTH_DOCS);

export const digitaloceanRules = [digitaloceanPat, digitaloceanOauthToken, digitaloceanRefreshToken];
