// Secrets assigned to secret-ish names: client secrets, signing and encryption keys, credentials.
import { defineRule } from '../rule';
import { genericRule } from './generic-assignment';

export const genericSecret = defineRule(genericRule({
  id: 'generic-secret',
  description: 'Hardcoded secret',
  kind: 'token',
  keywords: ['secret', 'private_key', 'privatekey', 'signing_key', 'signingkey', 'encryption_key', 'encryptionkey', 'master_key', 'masterkey', 'credential'],
  names: 'secret|private_?key|signing_?key|encryption_?key|master_?key|credentials?',
  envVar: 'SECRET',
}));

export const genericSecretRules = [genericSecret];
