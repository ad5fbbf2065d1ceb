// Tokens assigned to token-ish or auth-ish names, `Authorization` headers, and .npmrc `_authToken` entries.
import { defineRule } from '../rule';
import { genericRule } from './generic-assignment';

export const genericToken = defineRule(genericRule({
  id: 'generic-token',
  description: 'Hardcoded token',
  kind: 'token',
  keywords: ['token', 'auth'],
  names: 'token|auth',
  envVar: 'AUTH_TOKEN',
}));

export const genericTokenRules = [genericToken];
