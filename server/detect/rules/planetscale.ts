// PlanetScale: service tokens (`pscale_tkn_`), database passwords (`pscale_pw_`) and OAuth tokens
// (`pscale_oauth_`), each followed by 32-64 base64url characters.
import type { Rule } from '../rule';
import { tokenRule } from './token-rule';

function planetscaleRule(id: string, prefix: string, description: string, envVar: string, docs: string): Rule {
  return tokenRule({
    id,
    provider: 'PlanetScale',
    description,
    keywords: [prefix],
    pattern: new RegExp(`\\b${prefix}[\\w.-]{32,64}(?![\\w.-])`, 'g'),
    envVar,
    docs,
    prefixLength: prefix.length,
  });
}

export const planetscaleServiceToken = planetscaleRule(
  'planetscale-service-token', 'pscale_tkn_', 'PlanetScale service token', 'PLANETSCALE_SERVICE_TOKEN',
  'https://planetscale.com/docs/concepts/service-tokens',
);
export const planetscalePassword = planetscaleRule(
  'planetscale-password', 'pscale_pw_', 'PlanetScale database password', 'DATABASE_PASSWORD',
  'https://planetscale.com/docs/concepts/connection-strings',
);
export const planetscaleOauthToken = planetscaleRule(
  'planetscale-oauth-token', 'pscale_oauth_', 'PlanetScale OAuth token', 'PLANETSCALE_OAUTH_TOKEN',
  'https://planetscale.com/docs/concepts/planetscale-api-oauth-applications',
);

export const planetscaleRules = [planetscaleServiceToken, planetscalePassword, planetscaleOauthToken];
