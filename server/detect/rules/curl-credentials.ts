import { defineRule, type Verdict } from '../rule';
import { judgeUrlPassword } from './support/credentials';

// `curl -u user:password` (also `--user`, `-U`/`--proxy-user`, glued `-uuser:pass`, quoted or not) in scripts,
// CI files, Dockerfiles and docs. The secret is the password; it is judged like a URL's, against the host of the
// first URL in the same command (loopback passwords are warnings, trivial ones there are dropped). `-u TOKEN:`
// with an empty password is a provider key: its own rule finds it.
const curlCredentials = defineRule({
  id: 'curl-credentials',
  provider: 'Command line',
  description: 'Password in a curl command (-u user:password)',
  keywords: ['curl'],
  anchored: true,
  pattern:
    /curl(?![\w-])(?<args>(?:[^\n\r;|&]|\\\r?\n){0,300}?)[ \t](?:-u|-U|--user(?:=|[ \t])|--proxy-user(?:=|[ \t]))[ \t]{0,8}["']?(?<user>[^\s:"'`]{0,64}):(?<secret>[^\s"'`]{1,128})/g,
  envVar: 'CURL_PASSWORD',
  validate: (secret, m, ctx): Verdict | false => {
    if (/[\w.-]/.test(ctx.text[m.index - 1] ?? '')) return false; // libcurl, pycurl: not the command
    const rest = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 400).split(/[\n;|&]/, 1)[0]!;
    const host = /[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^\s/@"']{0,200}@)?([^\s/:?#"'`]{1,255})/i.exec(`${m.groups!.args} ${rest}`)?.[1] ?? '';
    return judgeUrlPassword(secret, m.groups!.user!, host);
  },
  docs: 'https://everything.curl.dev/usingcurl/passwords.html',
});

export const curlCredentialsRules = [curlCredentials];
