import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

function planetscaleSamples(prefix: string, envVar: string, token: string, extraTps: string[] = []) {
  return {
    tps: [...snippets(token, envVar), ...extraTps],
    fps: [...placeholders(prefix, envVar, 43), `${envVar}=${token.slice(0, prefix.length + 20)}`],
  };
}

export const samples: RuleSamples = {
  'planetscale-service-token': planetscaleSamples(
    'pscale_tkn_', 'PLANETSCALE_SERVICE_TOKEN', 'pscale_tkn_nEFMcGZ8dQapBdLJrnirLxcq8r28qx-NIh32xMEhRTL',
  ),
  'planetscale-password': planetscaleSamples('pscale_pw_', 'DATABASE_PASSWORD', 'pscale_pw_cHBmeE-GPHxxMzyCOyWQE0ku7emdLc5oaaWBqC-c76H', [
    'DATABASE_URL="mysql://k2x9q7w3e5r1:pscale_pw_cHBmeE-GPHxxMzyCOyWQE0ku7emdLc5oaaWBqC-c76H@aws.connect.psdb.cloud/acme?sslaccept=strict"',
  ]),
  'planetscale-oauth-token': planetscaleSamples(
    'pscale_oauth_', 'PLANETSCALE_OAUTH_TOKEN', 'pscale_oauth_nEFMcGZ8dQapBdLJrnirLxcq8r28qx-NIh32xMEhRTL',
  ),
};
