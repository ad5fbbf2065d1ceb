// The families the evaluation scores, and which family each rule's findings count for (for precision).
// A rule not named here is a provider rule: new provider rules need no entry.

export const FAMILIES = [
  'command-lines',
  'connection-strings',
  'password-hashes',
  'generic',
  'private-keys',
  'provider-tokens',
] as const;

export type Family = (typeof FAMILIES)[number];

const RULE_FAMILIES: Record<string, Family> = {
  'http-basic-auth': 'command-lines',
  'cli-password': 'command-lines',
  'powershell-plaintext-password': 'command-lines',
  'curl-credentials': 'command-lines',
  'api-key-header': 'command-lines',
  'db-connection-string': 'connection-strings',
  'connection-string-password': 'connection-strings',
  'mysql-dsn-password': 'connection-strings',
  'oracle-credentials': 'connection-strings',
  'credential-arguments': 'connection-strings',
  'netrc-password': 'connection-strings',
  'docker-config-auth': 'connection-strings',
  'password-hash': 'password-hashes',
  'kerberos-hash': 'password-hashes',
  'url-credentials': 'connection-strings',
  'generic-pgpass-password': 'connection-strings',
  'private-key': 'private-keys',
  'putty-private-key': 'private-keys',
  'private-key-truncated': 'private-keys',
};

export function familyOfRule(ruleId: string): Family {
  return RULE_FAMILIES[ruleId] ?? (ruleId.startsWith('generic-') ? 'generic' : 'provider-tokens');
}

export function isFamily(name: string): name is Family {
  return (FAMILIES as readonly string[]).includes(name);
}
