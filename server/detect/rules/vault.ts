// HashiCorp Vault tokens (Vault 1.10+): service `hvs.`, batch `hvb.` and recovery `hvr.`. Pre-1.10 tokens
// (`s.` + 24 characters) are too generic alone, so they count only after a Vault name, `vault login` or
// `Initial Root Token:`. Unseal keys, as `vault operator init` prints them, open the whole vault.
import { defineRule, type Rule } from '../rule';
import { unlessPlaceholder } from '../placeholder';
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

export const vaultTokenLegacy = defineRule({
  id: 'vault-token-legacy',
  provider: 'HashiCorp Vault',
  description: 'Vault token (pre-1.10 form)',
  keywords: ['vault', 'initial root token'],
  anchored: true,
  pattern: /(?<![a-z0-9])(?:vault[\w.-]{0,20}?token["'`]?\]?[ \t]{0,4}(?::=|=>|[=:,>])[ \t]{0,4}["'`]?|vault[ \t]{1,4}login[ \t]{1,4}(?:-method=token[ \t]{1,4})?(?:token=)?|initial root token:[ \t]{0,4})(?<secret>s\.[A-Za-z0-9]{24})(?![\w.-])/gi,
  envVar: 'VAULT_TOKEN',
  minEntropy: 3,
  validate: unlessPlaceholder(2),
  docs: DOCS,
});

export const vaultUnsealKey = defineRule({
  id: 'vault-unseal-key',
  provider: 'HashiCorp Vault',
  description: 'Vault unseal key',
  keywords: ['unseal key ', 'unseal_keys_b64'],
  anchored: true,
  pattern: /(?:unseal key [1-9][0-9]?:[ \t]{1,4}|unseal_keys_b64"?[ \t]{0,4}[:=][ \t]{0,4}\[?[ \t\r\n]{0,20}")(?<secret>[A-Za-z0-9+/]{43,44}={0,2})(?![A-Za-z0-9+/=])/gi,
  envVar: 'VAULT_UNSEAL_KEY',
  minEntropy: 4,
  validate: unlessPlaceholder(),
  docs: 'https://developer.hashicorp.com/vault/docs/concepts/seal',
});

export const vaultRules = [vaultServiceToken, vaultBatchToken, vaultRecoveryToken, vaultTokenLegacy, vaultUnsealKey];
