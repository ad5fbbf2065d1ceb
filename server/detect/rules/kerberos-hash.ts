import { defineRule } from '../rule';

// Kerberos hashes in the form cracking tools read (GetNPUsers/Rubeus/hashcat): AS-REP roasting
// (`$krb5asrep$`), Kerberoasting (`$krb5tgs$`) and pre-authentication (`$krb5pa$`). Each is encrypted with the
// account's password and cracks offline into a domain password: an error. The tail is the hex ciphertext.
const kerberosHash = defineRule({
  id: 'kerberos-hash',
  provider: 'Kerberos',
  description: 'Kerberos AS-REP/TGS hash (cracks offline into a domain password)',
  keywords: ['$krb5asrep$', '$krb5tgs$', '$krb5pa$'],
  anchored: true,
  pattern: /\$krb5(?:asrep|tgs|pa)\$(?:23|17|18)\$[^\s$]{1,300}(?:\$[^\s$]{1,300}){0,3}\$[0-9a-fA-F]{64,16384}(?![0-9a-zA-Z$])/g,
  envVar: 'KERBEROS_HASH',
  validate: (secret) => (/(.)\1{15}/.test(secret) ? false : {}),
  docs: 'https://attack.mitre.org/techniques/T1558/004/',
});

export const kerberosHashRules = [kerberosHash];
