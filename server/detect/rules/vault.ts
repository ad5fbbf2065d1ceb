// HashiCorp Vault tokens (Vault 1.10+): service `hvs.`, batch `hvb.` and recovery `hvr.`. Pre-1.10 tokens
// (`s.` + 24 characters) are too generic to find without a name and are left to the generic rules.
import type { Rule } from '../rule';
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes';

function vaultRule(id: string, prefix: string, description: string, body: string, token: string): Rule {
  return tokenRule({
    id,
    provider: 'HashiCorp Vault',
    description,
    keywords: [prefix],
    pattern: new RegExp(`\\b${prefix.replace('.', '\\.')}${body}(?![\\w-])`, 'g'),
    envVar: 'VAULT_TOKEN',
    docs: DOCS,
    prefixLength: prefix.length,
    samples: {
      tps: [...snippets(token, 'VAULT_TOKEN'), `vault login ${token}`],
      fps: [...placeholders(prefix, 'VAULT_TOKEN', 96), `VAULT_TOKEN=${token.slice(0, 20)}`, 'VAULT_TOKEN=hvs.CAESI...'],
    },
  });
}

export const vaultServiceToken = vaultRule(
  'vault-service-token', 'hvs.', 'Vault service token', '[\\w-]{90,120}',
  'hvs.HCj9A6ynLownQ5V0xWIiBauD93yk3jtNxsECQ32VU20vKhwJKEAKfdZYYU-ym8WGK3YhnQMEDhW2PkVCal9Tlu2RzDb',
);
export const vaultBatchToken = vaultRule(
  'vault-batch-token', 'hvb.', 'Vault batch token', '[\\w-]{138,300}',
  'hvb.AAAAAQC_-MgbpYgC_rxkLIQWZPZyJRTx0vZVfExR7Yem6dGcCpKsANV2etTxYkC1tAv6AKEo7mX8ZZJ1KJV07hoky8zyD9jMZmQa0Nw_bstgc3UqJNpg_1Whg2DKfbDD2R_8qkgB_ZZ9TPcvqEO5iqjOliAp',
);
export const vaultRecoveryToken = vaultRule(
  'vault-recovery-token', 'hvr.', 'Vault recovery token', '[\\w-]{24,120}',
  'hvr.k2iuFNsrM6ueOKiqi5ETzsv6l6HzTDUIo4T0rnjK4W9COaGN3ksKcb3DMgIInJH9Vwbqek-eKfcO3Q7_qMjLCf_4cIX',
);

export const vaultRules = [vaultServiceToken, vaultBatchToken, vaultRecoveryToken];
