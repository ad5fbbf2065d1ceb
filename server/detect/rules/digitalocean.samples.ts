import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

function doSamples(prefix: string, envVar: string, hex: string) {
  const token = prefix + hex;
  return {
    tps: [...snippets(token, envVar), `doctl auth init --access-token ${token}`],
    fps: [...placeholders(prefix, envVar, 64), `${envVar}=${token.slice(0, 50)}`, `${envVar}=${prefix}${'0123456789abcdef'.repeat(4)}`],
  };
}

export const samples: RuleSamples = {
  'digitalocean-pat': doSamples('dop_v1_', 'DIGITALOCEAN_ACCESS_TOKEN', 'bb5750d1e326f5d225eb5eaec56dd1bee87a8a2f5375ccfcbc81dc3d1cf13624'),
  'digitalocean-oauth-token': doSamples('doo_v1_', 'DIGITALOCEAN_OAUTH_TOKEN', '2f2bfd7e822bb22e6d6437bfe61e924eb931b620b116aad2309833e85fb3b33c'),
  'digitalocean-refresh-token': doSamples('dor_v1_', 'DIGITALOCEAN_REFRESH_TOKEN', 'd626cceb7513e75b78d8e77288b784aa270407bd5e6a99a1f8f4d215aa6a586e'),
};
