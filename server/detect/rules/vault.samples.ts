import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

function vaultSamples(prefix: string, token: string) {
  return {
    tps: [...snippets(token, 'VAULT_TOKEN'), `vault login ${token}`],
    fps: [...placeholders(prefix, 'VAULT_TOKEN', 96), `VAULT_TOKEN=${token.slice(0, 20)}`, 'VAULT_TOKEN=hvs.CAESI...'],
  };
}

export const samples: RuleSamples = {
  'vault-service-token': vaultSamples(
    'hvs.', 'hvs.HCj9A6ynLownQ5V0xWIiBauD93yk3jtNxsECQ32VU20vKhwJKEAKfdZYYU-ym8WGK3YhnQMEDhW2PkVCal9Tlu2RzDb',
  ),
  'vault-batch-token': vaultSamples(
    'hvb.',
    'hvb.AAAAAQC_-MgbpYgC_rxkLIQWZPZyJRTx0vZVfExR7Yem6dGcCpKsANV2etTxYkC1tAv6AKEo7mX8ZZJ1KJV07hoky8zyD9jMZmQa0Nw_bstgc3UqJNpg_1Whg2DKfbDD2R_8qkgB_ZZ9TPcvqEO5iqjOliAp',
  ),
  'vault-recovery-token': vaultSamples(
    'hvr.', 'hvr.k2iuFNsrM6ueOKiqi5ETzsv6l6HzTDUIo4T0rnjK4W9COaGN3ksKcb3DMgIInJH9Vwbqek-eKfcO3Q7_qMjLCf_4cIX',
  ),
};
