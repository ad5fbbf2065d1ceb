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
  'vault-token-legacy': {
    tps: [
      'VAULT_TOKEN=s.fZiDXUPoETBB9FzJdrF5B4Co',
      'vault login s.fZiDXUPoETBB9FzJdrF5B4Co',
      'Initial Root Token: s.fZiDXUPoETBB9FzJdrF5B4Co',
      'curl -H "X-Vault-Token: s.fZiDXUPoETBB9FzJdrF5B4Co" https://vault.internal:8200/v1/secret/data/app',
      '{ "vaultToken": "s.fZiDXUPoETBB9FzJdrF5B4Co" }',
    ],
    fps: [
      'VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx',
      'VAULT_TOKEN=${VAULT_TOKEN}',
      'const fileName = "s.fZiDXUPoETBB9FzJdrF5B4Co";',
      'VAULT_ADDR=https://vault.internal:8200',
      'VAULT_TOKEN=s.fZiDXUPoETBB',
    ],
  },
  'vault-unseal-key': {
    tps: [
      'Unseal Key 1: L++WSZlwk0cy6R+8w0H6WTu5CW05X94NoAdldRUdVM0Z\nUnseal Key 2: 1lUu+6o3iYLOCLHC6p/rM1s/BwsWozuGwHJlhokq0A7V',
      '{\n  "unseal_keys_b64": [\n    "L++WSZlwk0cy6R+8w0H6WTu5CW05X94NoAdldRUdVM0Z"\n  ],\n  "root_token": "hvs.example"\n}',
    ],
    fps: [
      'Unseal Key 1: <unseal key 1>',
      'Unseal Key 1: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'echo "Unseal Key 1: $UNSEAL_KEY_1"',
      'Unseal Key 1: L++WSZlwk0cy6R+8w0H6',
    ],
  },
};
