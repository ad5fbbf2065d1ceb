import type { RuleSamples } from '../rule';

// `Authorization: Basic <base64 of user:password>` in curl commands, HTTP client code, recorded requests and
// config. The secret is the base64 credential (what a move replaces); the decoded password is judged like a
// URL's: placeholders, stand-in words and trivial passwords are not findings.
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export const samples: RuleSamples = {
  'http-basic-auth': {
    tps: [
      `curl -H "Authorization: Basic ${b64('deploy-bot:Vx8qL2mRk7Tn4Wz9')}" https://api.acme.io/v1/orders`,
      `const res = await fetch(url, { headers: { Authorization: 'Basic ${b64('svc_orders:hJ3kL9mN2pQ7xR4t')}' } });`,
      `  authorization: basic ${b64('jenkins:Rk7Tn4WzVx8qL2m9')}`,
      `requests.get(url, headers={"Authorization": "Basic ${b64('api:Lm4nP8qR2sT6vY1z')}"})`,
    ],
    fps: [
      `Authorization: Basic ${b64('user:pass')}`,
      `Authorization: Basic ${b64('admin:admin')}`,
      'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      'Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW',
      'const header = "Basic " + Buffer.from(`${user}:${pass}`).toString("base64");',
      'WWW-Authenticate: Basic realm="orders", charset="UTF-8"',
      'Basic authentication is supported for the legacy endpoints.',
      `Authorization: Basic ${b64('only-a-user-name-here')}`,
      `Authorization: Basic ${b64('ci:${CI_PASSWORD}')}`,
    ],
  },
};
