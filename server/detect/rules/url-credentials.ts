import { defineRule } from '../rule';
import { DB_SCHEMES, judgeUrlPassword } from './support/credentials';

// Basic-auth credentials in any other URL (https, ftp, git, ldap…): `scheme://user:password@host`. The
// secret is the password. Database schemes belong to `db-connection-string`. The pattern starts at the literal
// `://` (which the regex engine finds fast) and the scheme is read back in `validate`: a pattern starting with
// the scheme's letter class ran 30× slower over real code.
const SCHEME_BEFORE = /(?:^|[^a-z0-9+.-])([a-z][a-z0-9+.-]{1,20})$/i;
const DB_SCHEME = new RegExp(`^(?:${DB_SCHEMES})(?:\\+|$)`, 'i');

export const urlCredentials = defineRule({
  id: 'url-credentials',
  provider: 'URL',
  description: 'Password in a URL (basic auth)',
  keywords: ['://'],
  anchored: true,
  pattern:
    /:\/\/(?<user>[^\s:@/?#'"`<>]{0,64}):(?<secret>[^\s:@/?#'"`<>]{1,128})@(?<host>[^\s/:?#'"`<>,@]{1,255})/gi,
  envVar: 'SERVICE_URL',
  validate: (secret, m, ctx) => {
    const scheme = SCHEME_BEFORE.exec(ctx.text.slice(Math.max(0, m.index - 22), m.index))?.[1];
    if (scheme === undefined || DB_SCHEME.test(scheme)) return false;
    if (/^[0-9]{1,5}$/.test(secret)) return false; // `http://host:8080@…` is a port, not a password
    return judgeUrlPassword(secret, m.groups!.user!, m.groups!.host!);
  },
  docs: 'https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1',
});

export const urlCredentialsRules = [urlCredentials];
