import type { Verdict } from '../../rule';
import { isStandInValue } from '../../placeholder';

// Judges the password of `scheme://user:password@host` (database URLs and basic-auth URLs alike).
// Decisions:
// - placeholders are never findings: template syntax (`${DB_PASS}`, `{{ pass }}`, `<password>`, `%s`,
//   `$PASS`), masks (`****`, `xxxx`), stand-in words (`password`, `changeme`, `secret`…);
// - documentation hosts (example.com/.org/.net, *.example, *.invalid, *.test: RFC 2606/6761) are never findings;
// - `anonymous`/`ftp` logins, and short passwords under a stand-in user name (`user:he%2Fo@`), are examples;
// - a well-known default or trivial password (`postgres`, `root`, `guest`, the user name itself, ≤ 5
//   characters, one short lowercase word) on loopback or a bare service name (`db`, `redis` in docker-compose) is the dev stack's
//   default, not a leak: dropped; the same on a real host name is a weak credential: a low-confidence warning;
// - any other password on loopback is a local/test credential: a warning; elsewhere an error.

/** URL schemes of databases and brokers (regex alternatives), reported by `db-connection-string`. */
export const DB_SCHEMES = 'postgres(?:ql)?|mysql|mariadb|mongodb|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse';

const STAND_IN = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'changeit', 'mypassword', 'mysecretpassword',
  'yourpassword', 'db_password', 'dbpassword', 'dbpass', 'db_pass', 'user_password', 'pass_word', 'token',
  'apikey', 'api_key', 'xxx', 'null', 'undefined', 'none', 'empty',
]);
const DEFAULTS = new Set([
  'root', 'admin', 'administrator', 'postgres', 'mysql', 'mariadb', 'mongo', 'mongodb', 'redis', 'rabbitmq',
  'guest', 'test', 'testing', 'dev', 'development', 'local', 'demo', 'default', 'sa', 'user', 'letmein',
  'qwerty', '123456', '12345678', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'admin123',
  'secret123', 'example',
]);
const STAND_IN_USERS = /^(?:user|username|user_?name|myuser|login|name|your_?user(?:name)?)$/i;
const TEMPLATE = /^[$%{[(:]|[{}<>]|%s|\$\{|\$\(/;
// `key_1234`, `password1`, `secret-42`: a stand-in word numbered, as docs number their examples (dotenv's
// `dotenv://:key_1234@dotenvx.com/…`).
const NUMBERED_STAND_IN = /^(?:key|password|passwd|pass|pwd|secret|token|apikey|api_key)[_-]?\d{1,4}$/i;
const DOC_HOST = /(?:^|\.)example(?:\.(?:com|org|net))?$|\.(?:invalid|test)$/i;
const LOOPBACK = /^(?:|localhost|127(?:\.[0-9]{1,3}){3}|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal|[\w-]+\.localhost|[\w-]+\.local)$/i;

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The verdict on a URL's password, given its user and host; false when it is not a real credential. */
export function judgeUrlPassword(rawPassword: string, rawUser: string, host: string): Verdict | false {
  const password = decoded(rawPassword);
  const user = decoded(rawUser);
  const lower = password.toLowerCase();
  // A backslash is never bare in a URL: regex sources and escapes (`\k\+`), not passwords.
  if (password.includes('\\') || TEMPLATE.test(password) || STAND_IN.has(lower) || NUMBERED_STAND_IN.test(password) || /^(.)\1*$/.test(password) || isStandInValue(password)) return false;
  if (DOC_HOST.test(host)) return false;
  // `anonymous:me@` is a public login convention; `user:pa55@` is what docs write for a short example.
  if (/^(?:anonymous|anon|ftp)$/i.test(user) || (STAND_IN_USERS.test(user) && password.length < 8)) return false;
  const trivial = DEFAULTS.has(lower) || lower === user.toLowerCase() || password.length <= 5 || /^[a-z]{1,8}$/.test(password);
  const loopback = LOOPBACK.test(host);
  if (trivial) {
    if (loopback || !host.includes('.')) return false;
    return { severity: 'warning', confidence: 'low', description: 'Weak default password in a URL' };
  }
  if (loopback) return { severity: 'warning', confidence: 'medium', environment: 'test' };
  return {};
}
