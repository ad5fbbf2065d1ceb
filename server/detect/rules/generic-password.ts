// Passwords assigned to password-ish names anywhere (code, YAML, JSON, XML, .env, .ini, .netrc), and .pgpass lines.
import { defineRule } from '../rule';
import { genericRule, looksLikeSecret } from './generic-assignment';

export const genericPassword = defineRule(genericRule({
  id: 'generic-password',
  description: 'Hardcoded password',
  kind: 'password',
  keywords: ['pass', 'pwd'],
  names: 'password|passwd|passphrase|pwd|(?<=[_-]|[a-z])pass\\b|\\bpass\\b',
  envVar: 'PASSWORD',
}));

/** `.pgpass`: `hostname:port:database:username:password`. */
export const genericPgpass = defineRule({
  id: 'generic-pgpass-password',
  provider: 'Generic',
  description: 'Password in a .pgpass file',
  keywords: [':5432:', ':*:'],
  pattern: /^[^:\s#][^:\s]{0,200}:(?:\d{1,5}|\*):[^:\s]{1,200}:[^:\s]{1,200}:(?<secret>\S{1,200})$/gm,
  severity: 'warning',
  confidence: 'medium',
  envVar: 'PGPASSWORD',
  generic: true,
  validate: (secret, _m, ctx) =>
    /(?:^|[\\/])\.?pgpass$/i.test(ctx.path) && looksLikeSecret(secret, 'password', { path: ctx.path, quoted: true, sensitivity: ctx.sensitivity ?? 'medium' })
      ? {} : false,
});

export const genericPasswordRules = [genericPassword, genericPgpass];
