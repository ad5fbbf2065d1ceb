import { defineRule } from '../rule';
import { judgeUrlPassword } from './support/credentials';

// go-sql-driver/mysql DSNs: `user:password@tcp(host:3306)/db` and `user:password@unix(/run/mysqld.sock)/db`,
// which are not URLs (no scheme), so url-credentials never sees them. The password is judged like a URL's.
const mysqlDsn = defineRule({
  id: 'mysql-dsn-password',
  provider: 'Database',
  description: 'Password in a MySQL DSN (user:password@tcp(host))',
  keywords: ['@tcp(', '@unix('],
  pattern: /(?<![\w:/@.-])(?<user>[\w.-]{1,64}):(?<secret>[^\s"'`@/]{1,128})@(?:tcp|unix)\((?<host>[^\s:)"'`]{0,255})/g,
  envVar: 'MYSQL_DSN',
  validate: (secret, m) => {
    const verdict = judgeUrlPassword(secret, m.groups!.user!, m.groups!.host || 'localhost');
    return verdict && !verdict.description ? { ...verdict, description: 'Password in a MySQL DSN' } : verdict;
  },
  docs: 'https://github.com/go-sql-driver/mysql#dsn-data-source-name',
});

export const mysqlDsnRules = [mysqlDsn];
