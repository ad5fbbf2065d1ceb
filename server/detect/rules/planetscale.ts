// PlanetScale: service tokens (`pscale_tkn_`), database passwords (`pscale_pw_`) and OAuth tokens
// (`pscale_oauth_`), each followed by 32-64 base64url characters.
import type { Rule } from '../rule';
import { placeholders, snippets, tokenRule } from './token-rule';

function planetscaleRule(
  id: string, prefix: string, description: string, envVar: string, token: string, docs: string, extraTps: string[] = [],
): Rule {
  return tokenRule({
    id,
    provider: 'PlanetScale',
    description,
    keywords: [prefix],
    pattern: new RegExp(`\\b${prefix}[\\w.-]{32,64}(?![\\w.-])`, 'g'),
    envVar,
    docs,
    prefixLength: prefix.length,
    samples: {
      tps: [...snippets(token, envVar), ...extraTps],
      fps: [...placeholders(prefix, envVar, 43), `${envVar}=${token.slice(0, prefix.length + 20)}`],
    },
  });
}

export const planetscaleServiceToken = planetscaleRule(
  'planetscale-service-token', 'pscale_tkn_', 'PlanetScale service token', 'PLANETSCALE_SERVICE_TOKEN',
  'pscale_tkn_nEFMcGZ8dQapBdLJrnirLxcq8r28qx-NIh32xMEhRTL', 'https://planetscale.com/docs/concepts/service-tokens',
);
export const planetscalePassword = planetscaleRule(
  'planetscale-password', 'pscale_pw_', 'PlanetScale database password', 'DATABASE_PASSWORD',
  'pscale_pw_cHBmeE-GPHxxMzyCOyWQE0ku7emdLc5oaaWBqC-c76H', 'https://planetscale.com/docs/concepts/connection-strings',
  ['DATABASE_URL="mysql://k2x9q7w3e5r1:pscale_pw_cHBmeE-GPHxxMzyCOyWQE0ku7emdLc5oaaWBqC-c76H@aws.connect.psdb.cloud/acme?sslaccept=strict"'],
);
export const planetscaleOauthToken = planetscaleRule(
  'planetscale-oauth-token', 'pscale_oauth_', 'PlanetScale OAuth token', 'PLANETSCALE_OAUTH_TOKEN',
  'pscale_oauth_nEFMcGZ8dQapBdLJrnirLxcq8r28qx-NIh32xMEhRTL', 'https://planetscale.com/docs/concepts/planetscale-api-oauth-applications',
);

export const planetscaleRules = [planetscaleServiceToken, planetscalePassword, planetscaleOauthToken];
