import { defineRule, type Verdict } from '../rule';
import { judgeUrlPassword } from './support/credentials';

// Passwords given on a command line, to the tools whose password flag takes the value: mysql `-pSECRET` and
// `--password=` (a spaced `-p NAME` is the database), sshpass `-p`, `docker/podman/helm/oras … login -p`,
// wget `--password`, redis-cli `-a`, redis-server `--requirepass`, sqlcmd `-P`, ldap* `-w`, mongo* `-p`, openssl `-passin pass:…`, keytool
// `-storepass`. The match starts at the tool's name and stays in its command (no `;`, `|`, `&`, newline unless
// escaped). The value is judged like a URL's password: `$VAR`, `%VAR%`, stand-ins and trivial ones are not findings.

const TOOLS = ['redis-server', 'mysqldump', 'mysqladmin', 'mysqlimport', 'mysqlcheck', 'mysqlsh', 'mysql', 'mariadb-dump', 'mariadb',
  'sshpass', 'docker', 'podman', 'nerdctl', 'buildah', 'helm', 'oras', 'wget', 'redis-cli', 'sqlcmd', 'ldapsearch',
  'ldapmodify', 'ldapadd', 'ldapdelete', 'ldapwhoami', 'ldappasswd', 'openssl', 'keytool', 'mongosh', 'mongodump',
  'mongorestore', 'mongoexport', 'mongoimport', 'mongo'];

// Which flags carry a password for each tool, and how the value is attached: ' ' spaced, '=' joined, '' glued.
type Joins = string;
const FLAGS: Record<string, Record<string, Joins>> = {
  mysql: { '-p': '', '--password': '=' },
  sshpass: { '-p': ' ' },
  registry: { '-p': ' ', '--password': ' =' },
  wget: { '--password': ' =', '--http-password': ' =', '--http-passwd': ' =', '--ftp-password': ' =', '--proxy-password': ' =' },
  'redis-cli': { '-a': ' ', '--pass': ' ' },
  'redis-server': { '--requirepass': ' ', '--masterauth': ' ' },
  sqlcmd: { '-P': ' ' },
  ldap: { '-w': ' ' },
  openssl: { '-passin': ' ', '-passout': ' ' },
  keytool: { '-storepass': ' ', '-keypass': ' ', '-srcstorepass': ' ', '-deststorepass': ' ', '-srckeypass': ' ', '-destkeypass': ' ' },
  mongo: { '-p': ' ', '--password': ' =' },
};

function family(tool: string): string {
  if (tool.startsWith('mysql') || tool.startsWith('mariadb')) return 'mysql';
  if (tool.startsWith('ldap')) return 'ldap';
  if (tool.startsWith('mongo')) return 'mongo';
  if (['docker', 'podman', 'nerdctl', 'buildah', 'helm', 'oras'].includes(tool)) return 'registry';
  return tool;
}

const FLAG_NAMES = [...new Set(Object.values(FLAGS).flatMap((f) => Object.keys(f)))]
  .sort((a, b) => b.length - a.length).map((f) => f.replace(/-/g, '\\-')).join('|');

const cliPassword = defineRule({
  id: 'cli-password',
  provider: 'Command line',
  description: 'Password on a command line',
  keywords: TOOLS,
  anchored: true,
  pattern: new RegExp(
    `(?<tool>${TOOLS.join('|').replace(/-/g, '\\-')})(?![\\w-])(?<args>(?:[^\\n\\r;|&]|\\\\\\r?\\n){0,200}?)[ \\t]` +
      `(?<flag>${FLAG_NAMES})(?<join>=|[ \\t]{1,8}(?!-)|(?=[^\\s=-]))(?:pass:)?` +
      `["']?(?<secret>(?<=")[^"\\r\\n]{1,128}(?=")|(?<=')[^'\\r\\n]{1,128}(?=')|(?<!["'])[^\\s"'\`;|&<>]{1,128})`,
    'g',
  ),
  envVar: 'PASSWORD',
  validate: (secret, m, ctx): Verdict | false => {
    const g = m.groups!;
    // The tool is a command, not part of a path or a word (`/usr/bin/mysql` is fine, `my-mysql-client` is not).
    const before = ctx.text[m.index - 1] ?? '';
    if (/[\w.-]/.test(before)) return false;
    const fam = family(g.tool!);
    const joins = FLAGS[fam]?.[g.flag!];
    const join = g.join === '=' ? '=' : g.join === '' ? '' : ' ';
    if (joins === undefined || !joins.includes(join)) return false;
    // `docker run -p 8080:80` publishes a port: registry tools only take a password when logging in.
    if (fam === 'registry' && !/(?:^|\s)(?:login|repo[ \t]+add)(?:\s|$)/.test(g.args!)) return false;
    if (fam === 'openssl' && !/pass:$/.test(m[0].slice(0, m[0].length - secret.length).replace(/["']$/, ''))) return false;
    if (/^[0-9]{1,5}$/.test(secret) && fam !== 'mysql') return false; // a port (`ssh -p 22` after sshpass -e)
    return judgeUrlPassword(secret, /-u[ \t=]?["']?([^\s"']{1,64})/.exec(g.args!)?.[1] ?? '', '');
  },
  docs: 'https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html',
});

export const cliPasswordRules = [cliPassword];
