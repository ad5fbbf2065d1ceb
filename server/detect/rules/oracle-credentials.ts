import { defineRule } from '../rule';
import { judgeUrlPassword } from './support/credentials';

// Oracle's `user/password@` form: JDBC thin and OCI URLs (`jdbc:oracle:thin:app/secret@//db:1521/ORCL`) and
// the command lines of sqlplus, sqlldr, expdp, impdp and rman (`sqlplus app/secret@db`). `/@` (wallet) and
// `/ as sysdba` carry no password.
const oracleCredentials = defineRule({
  id: 'oracle-credentials',
  provider: 'Database',
  description: 'Password in an Oracle connect string (user/password@)',
  keywords: ['jdbc:oracle:', 'sqlplus', 'sqlldr', 'expdp', 'impdp', 'rman'],
  anchored: true,
  pattern:
    /(?:jdbc:oracle:(?:thin|oci8?):|(?:sqlplus|sqlldr|expdp|impdp|rman)(?:[ \t]+-[A-Za-z]{1,12}){0,3}[ \t]+(?:target=|userid=)?)["']?(?<user>[\w$#.]{1,64})\/(?<secret>[^\s@"'/]{1,128})@(?:\/\/)?(?<host>[^\s:/"'`]{0,255})/gi,
  envVar: 'ORACLE_PASSWORD',
  validate: (secret, m, ctx) => {
    if (/[\w.-]/.test(ctx.text[m.index - 1] ?? '') && !m[0].toLowerCase().startsWith('jdbc')) return false;
    return judgeUrlPassword(secret, m.groups!.user!, m.groups!.host || 'localhost');
  },
  docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/jjdbc/data-sources-and-URLs.html',
});

export const oracleCredentialsRules = [oracleCredentials];
