import { defineRule, type Verdict } from '../rule';
import { judgeUrlPassword } from './support/credentials';

// Passwords in key=value connection strings that are not URLs: ADO.NET and OLE DB (`Server=…;User Id=…;
// Password=…;`), ODBC (`DRIVER={…};SERVER=…;UID=…;PWD={…}`) and libpq/Go keyword DSNs (`host=db user=app
// password=… dbname=app`). `Password=` alone is a setting, not a connection string: the same string (with the
// literals it is concatenated to) must also name a server or host and a user. The password is judged like a
// URL's, against that host and user.

const SERVER_KEYS = /^(?:server|data source|datasource|host|hostname|hostaddr|address|addr|network address|dsn)$/;
const NAMES_A_SERVER = /(?:^|[;\s{])(?:server|data ?source|host(?:name|addr)?|addr(?:ess)?|network address|dsn)[ \t]*=/i;
const USER_KEYS = /^(?:user id|userid|uid|user|username|user name|dsn)$/;
/** A quote, backtick or line break: where a string literal (or a line) ends. */
function isBoundary(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 10 || c === 13;
}

/** The string literal around `at` (to the quotes or line ends), with up to two literals concatenated before it. */
function enclosing(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 300 && !isBoundary(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && end - at < 300 && !isBoundary(text.charCodeAt(end))) end++;
  let body = text.slice(start, end);
  for (let i = 0; i < 2; i++) {
    // "…;"\n    "UID=…" or '…;' . '…' or "…;" + "…": join the previous literal.
    const join = /(["'`])[ \t]*(?:[+.&][ \t]*)?(?:\r?\n[ \t]*)?["'`]$/.exec(text.slice(Math.max(0, start - 40), start));
    if (!join) break;
    const close = start - join[0].length;
    let open = close;
    while (open > 0 && close - open < 300 && !isBoundary(text.charCodeAt(open - 1))) open--;
    body = `${text.slice(open, close)};${body}`;
    start = open;
  }
  return body;
}

function pairs(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = body.includes(';') ? body.split(';') : body.split(/\s+/);
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return out;
}

/** `tcp:sql.acme.io,1433`, `db:5432`, `.\SQLEXPRESS`, `(localdb)\x` → a host name `judgeUrlPassword` reads. */
function hostOf(server: string): string {
  const host = server.replace(/^(?:tcp|np|lpc):/i, '').replace(/[,:\\].*$/, '').replace(/^\{|\}$/g, '');
  return /^(?:\.|\(local\)|\(localdb\)|localhost)$/i.test(host) ? 'localhost' : host;
}

const connectionStringPassword = defineRule({
  id: 'connection-string-password',
  provider: 'Database',
  description: 'Password in a connection string',
  keywords: ['password=', 'pwd=', 'password =', 'pwd ='],
  anchored: true,
  pattern:
    /(?:password|pwd)[ \t]{0,3}=[ \t]{0,3}[{']?(?<secret>(?<=\{)[^}\r\n]{1,128}(?=\})|(?<=')[^'\r\n]{1,128}(?=')|(?<![{'])[^;\s"'`<>{}]{1,128})/gi,
  envVar: 'DATABASE_PASSWORD',
  validate: (secret, m, ctx): Verdict | false => {
    if (/[\w.$-]/.test(ctx.text[m.index - 1] ?? '')) return false; // DB_PASSWORD=, spring.datasource.password=
    const body = enclosing(ctx.text, m.index);
    if (!NAMES_A_SERVER.test(body)) return false; // cheap: most `password=` are not in a connection string
    const keys = pairs(body);
    const server = [...keys].find(([k]) => SERVER_KEYS.test(k))?.[1];
    const user = [...keys].find(([k]) => USER_KEYS.test(k))?.[1];
    if (server === undefined || user === undefined) return false;
    const verdict = judgeUrlPassword(secret, user, hostOf(server));
    return verdict && !verdict.description ? { ...verdict, description: 'Password in a connection string' } : verdict;
  },
  docs: 'https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings',
});

export const connectionStringPasswordRules = [connectionStringPassword];
