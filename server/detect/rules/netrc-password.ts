import { defineRule } from '../rule';
import { judgeUrlPassword } from './support/credentials';

// `.netrc` entries (`machine HOST login USER password SECRET`) wherever they are written: the file itself, and keywarden:ignore
// the `echo`/`printf` lines of Dockerfiles and CI scripts that create it. Fields may be on one line or several,
// or separated by `\n` escapes inside a string. The password is judged like a URL's, against the machine.
const netrcPassword = defineRule({
  id: 'netrc-password',
  provider: 'netrc',
  description: 'Password in a .netrc entry',
  keywords: ['machine'],
  anchored: true,
  pattern:
    /machine[ \t]{1,8}(?<host>[^\s"'\\]{1,255})(?:(?:\s|\\n){1,20}(?:login|account)[ \t]{1,8}(?<user>[^\s"'\\]{1,128})){0,2}(?:\s|\\n){1,20}password[ \t]{1,8}(?<secret>[^\s"'\\]{1,128})/g,
  envVar: 'NETRC_PASSWORD',
  validate: (secret, m, ctx) => {
    if (/[\w-]/.test(ctx.text[m.index - 1] ?? '')) return false;
    return judgeUrlPassword(secret, m.groups!.user ?? '', m.groups!.host!);
  },
  docs: 'https://everything.curl.dev/usingcurl/netrc.html',
});

export const netrcPasswordRules = [netrcPassword];
