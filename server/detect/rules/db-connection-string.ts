import { defineRule } from '../rule';
import { DB_SCHEMES, judgeUrlPassword } from './support/credentials';

// Database and broker URLs with a password: the secret is the password alone (the rest of the URL is
// configuration). Placeholder, documentation-host and local-default decisions: ./support/credentials.ts.

const USERINFO = `[^\\s:@/?#'"\`<>]`;

export const dbConnectionString = defineRule({
  id: 'db-connection-string',
  provider: 'Database',
  description: 'Database or broker URL with a password',
  keywords: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'cockroachdb', 'clickhouse'],
  anchored: true,
  // Two places hold the password: the userinfo (scheme[+driver]://user:password@host; the user may be empty,
  // as in redis://:password@host; the lookahead demands the `@`) or a JDBC-style parameter
  // (jdbc:postgresql://host/db?user=app&password=…, jdbc:sqlserver://host;user=sa;password=…).
  pattern: new RegExp(
    `(?<![\\w+.-])(?:${DB_SCHEMES})(?:\\+[a-z0-9]{1,20})?://` +
      `(?:(?<user>${USERINFO}{0,64}):(?=${USERINFO}{1,128}@)|(?<host2>[^\\s'"\`<>?;/]{1,255})(?:/[^\\s'"\`<>?;]{0,255})?[?;](?:[^\\s'"\`<>#]{0,300}?[&;])?(?:password|pwd)=)` +
      `(?<secret>[^\\s:@/?#&;'"\`<>]{1,128})(?:@(?<host>[^\\s/:?#'"\`<>,@]{1,255}))?`,
    'gi',
  ),
  envVar: 'DATABASE_URL',
  validate: (secret, m) => {
    // No host at all (`mysql://u:p@"`, `postgres://app:pw@/db`): the local socket, as libpq and mysql read it.
    const host = (m.groups!.host ?? m.groups!.host2 ?? '').replace(/:[0-9]{1,5}$/, '');
    const verdict = judgeUrlPassword(secret, m.groups!.user ?? '', host);
    return verdict && !verdict.description ? { ...verdict, description: 'Password in a database URL' } : verdict;
  },
  docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
});

export const dbConnectionStringRules = [dbConnectionString];
