import { defineRule, type Verdict } from '../rule';
import { judgeUrlPassword } from './support/credentials';

// A user name and a password passed as string literals to the calls that take credentials:
// .NET `new NetworkCredential("user", "…")`, Java `new PasswordAuthentication("user", "…".toCharArray())` and
// `new UsernamePasswordCredentials("user", "…")`, Go `req.SetBasicAuth("user", "…")`, Python
// `HTTPBasicAuth("user", "…")`/`HTTPDigestAuth`/`BasicAuth` and `auth=("user", "…")`, PHP
// `new PDO($dsn, 'user', '…')`, `mysqli_connect('host', 'user', '…')` and Java
// `DriverManager.getConnection(url, "user", "…")`. Variables in either place are not findings.
const STR = `(?:"[^"\\r\\n]{0,128}"|'[^'\\r\\n]{0,128}')`;
const ARG = `(?:${STR}|[\\w$.:>\\[\\]-]{1,80})`;
const PASSWORD = `["'](?<secret>(?<=")[^"\\r\\n]{1,128}(?=")|(?<=')[^'\\r\\n]{1,128}(?='))["']`;
const USER = `["'](?<user>[^"'\\r\\n]{1,128})["']`;
const SP = '\\s{0,8}';

const credentialArguments = defineRule({
  id: 'credential-arguments',
  provider: 'Credentials',
  description: 'Password passed to a credentials API',
  keywords: ['networkcredential', 'passwordauthentication', 'usernamepasswordcredentials', 'setbasicauth',
    'basicauth', 'digestauth', 'auth=(', 'auth = (', 'new pdo', 'mysqli', 'getconnection'],
  anchored: true,
  pattern: new RegExp(
    // the user is the first argument…
    `(?:(?:NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials|SetBasicAuth|(?:Basic|Digest)Auth)\\(${SP}` +
      `|auth[ \\t]?=[ \\t]?\\(${SP}` +
      // …or the second, after a DSN, URL or host
      `|(?:new[ \\t]+PDO|mysqli_connect|new[ \\t]+mysqli|getConnection)\\(${SP}${ARG}${SP},${SP})` +
      `${USER}${SP},${SP}${PASSWORD}`,
    'gi',
  ),
  envVar: 'PASSWORD',
  validate: (secret, m, ctx): Verdict | false => {
    // The call's own name, not the tail of a longer one (`mySetBasicAuth(`); `HTTPBasicAuth` is requests'.
    const word = /\w*$/.exec(ctx.text.slice(Math.max(0, m.index - 40), m.index))![0];
    if (word !== '' && !(/^http$/i.test(word) && /^(?:basic|digest)auth/i.test(m[0]))) return false;
    const verdict = judgeUrlPassword(secret, m.groups!.user!, '');
    return verdict && !verdict.description ? { ...verdict, description: 'Password passed to a credentials API' } : verdict;
  },
  docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
});

export const credentialArgumentsRules = [credentialArguments];
