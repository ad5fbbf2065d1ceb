// Every built-in provider rule. Add a rule = add one file beside this one and list it here.
import type { Rule } from '../rule';

// --- platforms: cloud, source hosting, package registries, AI, developer SaaS ---
// (end platforms)

// --- services: messaging, payments, commerce, keys and tokens by structure ---
// (end services)

// --- generic: assignments to secret-ish names, judged by the value ---
import { genericApiKey } from './generic-api-key';
import { genericPassword, genericPgpass } from './generic-password';
import { genericSecret } from './generic-secret';
import { genericToken } from './generic-token';
// (end generic)

export const providerRules: Rule[] = [
  // platforms
  // services
  // generic
  genericPassword, genericPgpass, genericSecret, genericApiKey, genericToken,
];
