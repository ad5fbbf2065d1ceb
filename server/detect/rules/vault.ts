// HashiCorp Vault tokens (Vault 1.10+): service `hvs.`, batch `hvb.` and recovery `hvr.`. Pre-1.10 tokens
// (`s.` + 24 characters) are too generic to find without a name and are left to the generic rules.
import type { Rule } from '../rule';
import { tokenRule } from './token-rule';

const DOCS = 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes';

function vaultRule(id: string, prefix: string, description: string, body: string): Rule {
  return tokenRule({
    id,
    provider: 'HashiCorp Vault',
    description,
    keywords: [prefix],
    pattern: new RegExp(`\\b${prefix.replace('.', '\\.')}${body}(?![\\w-])`, 'g'),
    envVar: 'VAULT_TOKEN',
    docs: DOCS,
    prefixLength: prefix.length,
  });
}

export const vaultServiceToken = vaultRule('vault-service-token', 'hvs.', 'Vault service token', '[\\w-]{90,120}');
export const vaultBatchToken = vaultRule('vault-batch-token', 'hvb.', 'Vault batch token', '[\\w-]{138,300}');
export const vaultRecoveryToken = vaultRule('vault-recovery-token', 'hvr.', 'Vault recovery token', '[\\w-]{24,120}');

export const vaultRules = [vaultServiceToken, vaultBatchToken, vaultRecoveryToken];
