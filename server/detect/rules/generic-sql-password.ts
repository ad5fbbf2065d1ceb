// Passwords set in SQL: PostgreSQL `CREATE|ALTER USER|ROLE … WITH [ENCRYPTED] PASSWORD '…'`, MySQL and Oracle
// `IDENTIFIED BY '…'`, SQL Server `CREATE|ALTER LOGIN … WITH PASSWORD = '…'`, in .sql files, migrations and the
// strings code sends to a database. Stored hashes (`IDENTIFIED BY PASSWORD '*…'`, `'SCRAM-SHA-256$…'`, `'md5…'`)
// are left to the password-hash rules.
import { defineRule } from '../rule';
import { looksLikeSecret } from './generic-assignment';

const HASHED = /^\*[0-9A-F]{40}$|^SCRAM-SHA-256\$|^md5[0-9a-f]{32}$/i;

export const genericSqlPassword = defineRule({
  id: 'generic-sql-password',
  provider: 'Generic',
  description: 'Password in a SQL statement',
  keywords: ['create user', 'alter user', 'create role', 'alter role', 'create login', 'alter login'],
  anchored: true,
  pattern:
    /(?:create|alter)[ \t]+(?:user|role|login)\b[^;]{0,160}?\b(?:identified[ \t]+by|(?:encrypted[ \t]+)?password)[ \t]*=?[ \t]*(?<q>['"])(?<secret>[^'"\r\n]{1,128})\k<q>/gi,
  severity: 'warning',
  confidence: 'medium',
  envVar: 'DB_PASSWORD',
  generic: true,
  validate: (secret, _m, ctx) =>
    !HASHED.test(secret) && looksLikeSecret(secret, 'password', { path: ctx.path, quoted: true, sensitivity: ctx.sensitivity ?? 'medium' })
      ? {} : false,
  docs: 'https://www.postgresql.org/docs/current/sql-createrole.html',
});

export const genericSqlPasswordRules = [genericSqlPassword];
