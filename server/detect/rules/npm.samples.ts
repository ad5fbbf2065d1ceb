import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = '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';
const TOKEN2 = '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';
const LEGACY = 'e4a063d7-7807-4886-8131-e6bebb77b225';

export const samples: RuleSamples = {
  'npm-token': {
    tps: [
      ...snippets(TOKEN, 'NPM_TOKEN'),
      `//registry.npmjs.org/:_authToken=${TOKEN2}`,
      // Wrong checksum: still reported, with low confidence.
      `NPM_TOKEN=${TOKEN.slice(0, -1)}h`,
    ],
    fps: [
      ...placeholders('npm_', 'NPM_TOKEN', 36),
      `NPM_TOKEN=${TOKEN.slice(0, 24)}`,
      'const NPM_TOKEN_PATTERN = /npm_[A-Za-z0-9]{36}/;',
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
    ],
  },
  'npmrc-auth-token': {
    tps: [
      `//registry.npmjs.org/:_authToken=${LEGACY}`,
      `@acme:registry=https://npm.pkg.acme.io/\n//npm.pkg.acme.io/:_authToken="cmVmdGtuOjAxOjE3OTM4OjZsR2tXbEpxNmRnTg"`,
      '//nexus.acme.io/repository/npm/:_auth=ZGVwbG95OlM0bHQhbmcuUGFzczkx',
      '//nexus.acme.io/repository/npm/:_password=UzRsdCFuZy5QYXNzOTE=',
    ],
    fps: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      `//registry.npmjs.org/:_authToken=${TOKEN}`,
      '//registry.npmjs.org/:_authToken=YOUR_NPM_TOKEN_GOES_HERE',
      'always-auth=true',
      '    _password = _messages.StringField(1)',
      'self._auth = requests_oauthlib.OAuth2Session',
      '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000',
    ],
  },
};
